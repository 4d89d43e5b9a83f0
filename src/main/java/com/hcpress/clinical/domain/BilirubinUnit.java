package com.hcpress.clinical.domain;

import java.math.BigDecimal;

/** Units for total bilirubin (docs/clinical-rules.md, Units). */
public enum BilirubinUnit implements Coded {
    MG_PER_DL("mg/dL", "mg/dL", new BigDecimal("17.1")),
    MICROMOL_PER_L("umol/L", "µmol/L", BigDecimal.ONE);

    private final String code;
    private final String symbol;
    private final BigDecimal micromolPerLitrePerUnit;

    BilirubinUnit(String code, String symbol, BigDecimal micromolPerLitrePerUnit) {
        this.code = code;
        this.symbol = symbol;
        this.micromolPerLitrePerUnit = micromolPerLitrePerUnit;
    }

    /** ASCII spelling used in case files ("umol/L"). */
    @Override
    public String code() {
        return code;
    }

    /** Spelling for display ("µmol/L"). */
    public String symbol() {
        return symbol;
    }

    /** 1 mg/dL = 17.1 µmol/L exactly, not 17.104 (docs/clinical-rules.md, Units). */
    BigDecimal micromolPerLitrePerUnit() {
        return micromolPerLitrePerUnit;
    }
}
