package com.hcpress.clinical.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * Total bilirubin, kept as entered: value and an explicit unit.
 *
 * <p>Comparisons run in µmol/L because converting into it only multiplies by 17.1, which is exact
 * in decimal; so 34.2 µmol/L and 2 mg/dL are the same amount and land in the same Child-Pugh band
 * (docs/clinical-rules.md, Child-Pugh). Equality follows the amount, not the spelling: 1 mg/dL equals 17.1 µmol/L.
 */
public record Bilirubin(BigDecimal value, BilirubinUnit unit) implements Comparable<Bilirubin> {

    public Bilirubin {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("Bilirubin must be positive (ALBI takes its logarithm): " + value);
        }
    }

    public static Bilirubin of(String value, BilirubinUnit unit) {
        return new Bilirubin(new BigDecimal(value), unit);
    }

    /** Takes the decimal the double prints as, so 1.637 stays 1.637 rather than its binary neighbour. */
    public static Bilirubin of(double value, BilirubinUnit unit) {
        return new Bilirubin(BigDecimal.valueOf(value), unit);
    }

    /** Exact. */
    public BigDecimal micromolPerLitre() {
        return value.multiply(unit.micromolPerLitrePerUnit());
    }

    /** Exact when the value was entered in {@code target}, else to 16 significant digits. */
    public BigDecimal valueIn(BilirubinUnit target) {
        if (target == unit) {
            return value;
        }
        return micromolPerLitre().divide(target.micromolPerLitrePerUnit(), MathContext.DECIMAL64);
    }

    public Bilirubin to(BilirubinUnit target) {
        return new Bilirubin(valueIn(target), target);
    }

    @Override
    public int compareTo(Bilirubin other) {
        return micromolPerLitre().compareTo(other.micromolPerLitre());
    }

    public boolean isBelow(Bilirubin other) {
        return compareTo(other) < 0;
    }

    public boolean isAbove(Bilirubin other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bilirubin that && compareTo(that) == 0;
    }

    @Override
    public int hashCode() {
        return micromolPerLitre().stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit.symbol();
    }
}
