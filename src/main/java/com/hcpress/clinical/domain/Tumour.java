package com.hcpress.clinical.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Intrahepatic tumour burden: the number of nodules and the largest diameter on contrast CT/MRI.
 * The diameter is decimal so that cut-offs such as "exactly 3.0 cm" and "sum exactly 7" hold exactly.
 */
public record Tumour(int nodules, BigDecimal largestDiameterCm) {

    private static final BigDecimal EARLY_SINGLE_MAX_CM = new BigDecimal("5");
    private static final BigDecimal EARLY_MULTIPLE_MAX_CM = new BigDecimal("3");
    private static final BigDecimal GIANT_MIN_CM = new BigDecimal("7");

    public Tumour {
        Objects.requireNonNull(largestDiameterCm, "largestDiameterCm");
        if (nodules < 1) {
            throw new IllegalArgumentException("A tumour has at least one nodule: " + nodules);
        }
        if (largestDiameterCm.signum() <= 0) {
            throw new IllegalArgumentException("Diameter must be positive: " + largestDiameterCm);
        }
    }

    public static Tumour of(int nodules, double largestDiameterCm) {
        return new Tumour(nodules, BigDecimal.valueOf(largestDiameterCm));
    }

    public boolean isSingle() {
        return nodules == 1;
    }

    public boolean hasTwoOrThreeNodules() {
        return nodules == 2 || nodules == 3;
    }

    public boolean largestAtMost(BigDecimal cm) {
        return largestDiameterCm.compareTo(cm) <= 0;
    }

    /**
     * Single ≤ 5 cm, or 2–3 nodules with the largest ≤ 3 cm: the CNLC stage I tumour criterion,
     * which rule R0d reuses as "early tumour burden" (docs/clinical-rules.md, CNLC staging and Selection rules).
     */
    public boolean isEarlyBurden() {
        return (isSingle() && largestAtMost(EARLY_SINGLE_MAX_CM))
                || (hasTwoOrThreeNodules() && largestAtMost(EARLY_MULTIPLE_MAX_CM));
    }

    /** Largest diameter ≥ 7 cm, inclusive: Li 2022's entry criterion (docs/clinical-rules.md, Up-to-seven). */
    public boolean isGiant() {
        return largestDiameterCm.compareTo(GIANT_MIN_CM) >= 0;
    }

    /** Largest diameter (cm) plus number of nodules (docs/clinical-rules.md, Up-to-seven). */
    public BigDecimal upToSevenSum() {
        return largestDiameterCm.add(BigDecimal.valueOf(nodules));
    }
}
