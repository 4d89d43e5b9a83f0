package com.hcpress.evidence;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/**
 * One arm's figure for an outcome: a number exactly as reported (15.0 stays 15.0), or the
 * source's words when it is not a single number ("not reached", "21/29").
 */
@Embeddable
public record ArmValue(String arm, BigDecimal number, String text) {

    public ArmValue {
        if ((number == null) == (text == null)) {
            throw new IllegalArgumentException("An arm value is either a number or words: " + arm);
        }
    }

    public static ArmValue of(String arm, BigDecimal number) {
        return new ArmValue(arm, number, null);
    }

    public static ArmValue of(String arm, String text) {
        return new ArmValue(arm, null, text);
    }

    public String display() {
        return number != null ? number.toPlainString() : text;
    }
}
