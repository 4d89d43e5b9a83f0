package com.hcpress.clinical.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * Serum albumin, kept as entered: value and an explicit unit.
 *
 * <p>Comparisons run in g/L, reached from g/dL by an exact ×10 (docs/clinical-rules.md, Units), so 35 g/L and
 * 3.5 g/dL are the same amount. Equality follows the amount, not the spelling.
 */
public record Albumin(BigDecimal value, AlbuminUnit unit) implements Comparable<Albumin> {

    public Albumin {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("Albumin must be positive: " + value);
        }
    }

    public static Albumin of(String value, AlbuminUnit unit) {
        return new Albumin(new BigDecimal(value), unit);
    }

    public static Albumin of(double value, AlbuminUnit unit) {
        return new Albumin(BigDecimal.valueOf(value), unit);
    }

    /** Exact. */
    public BigDecimal gramsPerLitre() {
        return value.multiply(unit.gramsPerLitrePerUnit());
    }

    /** Exact in both directions (a power of ten); the precision bound only guards the API. */
    public BigDecimal valueIn(AlbuminUnit target) {
        if (target == unit) {
            return value;
        }
        return gramsPerLitre().divide(target.gramsPerLitrePerUnit(), MathContext.DECIMAL64);
    }

    public Albumin to(AlbuminUnit target) {
        return new Albumin(valueIn(target), target);
    }

    @Override
    public int compareTo(Albumin other) {
        return gramsPerLitre().compareTo(other.gramsPerLitre());
    }

    public boolean isBelow(Albumin other) {
        return compareTo(other) < 0;
    }

    public boolean isAbove(Albumin other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Albumin that && compareTo(that) == 0;
    }

    @Override
    public int hashCode() {
        return gramsPerLitre().stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit.symbol();
    }
}
