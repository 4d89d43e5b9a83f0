package com.hcpress.clinical.score;

import com.hcpress.clinical.domain.Coded;
import com.hcpress.clinical.domain.Patient;
import com.hcpress.clinical.domain.Tumour;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Up-to-seven (Mazzaferro 2009, docs/clinical-rules.md, Up-to-seven): largest diameter (cm) + number of nodules, within
 * when ≤ 7 (exactly 7 is within).
 *
 * @param applicable false for ICC and for HCC with macrovascular invasion or extrahepatic spread;
 *                   the sum is still reported
 */
public record UpToSeven(BigDecimal sum, boolean applicable) {

    private static final BigDecimal LIMIT = BigDecimal.valueOf(7);

    public UpToSeven {
        Objects.requireNonNull(sum, "sum");
    }

    public static UpToSeven of(Patient patient) {
        return of(patient.tumour(), patient.isHcc(), patient.hasMacrovascularInvasion(), patient.extrahepaticSpread());
    }

    public static UpToSeven of(Tumour tumour, boolean hcc, boolean macrovascularInvasion, boolean extrahepaticSpread) {
        return of(tumour, hcc && !macrovascularInvasion && !extrahepaticSpread);
    }

    public static UpToSeven of(Tumour tumour, boolean applicable) {
        return new UpToSeven(tumour.upToSevenSum(), applicable);
    }

    public boolean isWithin() {
        return sum.compareTo(LIMIT) <= 0;
    }

    public Status status() {
        return isWithin() ? Status.WITHIN : Status.BEYOND;
    }

    public enum Status implements Coded {
        WITHIN("in"), BEYOND("out");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
