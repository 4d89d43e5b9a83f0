package com.hcpress.clinical.domain;

import java.math.BigDecimal;

/** Units for serum albumin (docs/clinical-rules.md, Units). */
public enum AlbuminUnit implements Coded {
    G_PER_DL("g/dL", BigDecimal.TEN),
    G_PER_L("g/L", BigDecimal.ONE);

    private final String code;
    private final BigDecimal gramsPerLitrePerUnit;

    AlbuminUnit(String code, BigDecimal gramsPerLitrePerUnit) {
        this.code = code;
        this.gramsPerLitrePerUnit = gramsPerLitrePerUnit;
    }

    @Override
    public String code() {
        return code;
    }

    public String symbol() {
        return code;
    }

    BigDecimal gramsPerLitrePerUnit() {
        return gramsPerLitrePerUnit;
    }
}
