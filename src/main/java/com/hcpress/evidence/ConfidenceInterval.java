package com.hcpress.evidence;

import java.math.BigDecimal;
import java.util.Objects;

/** A 95% confidence interval, bounds as reported. */
public record ConfidenceInterval(BigDecimal lower, BigDecimal upper) {

    public ConfidenceInterval {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("Interval bounds reversed: " + lower + " > " + upper);
        }
    }

    public String display() {
        return lower.toPlainString() + "–" + upper.toPlainString();
    }
}
