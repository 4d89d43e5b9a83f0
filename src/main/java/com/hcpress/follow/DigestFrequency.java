package com.hcpress.follow;

import java.time.Duration;
import java.util.Optional;

/** How often a reader's email digest of new articles goes out; no row: never. */
public enum DigestFrequency {
    DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

    private final Duration every;

    DigestFrequency(Duration every) {
        this.every = every;
    }

    public Duration every() {
        return every;
    }

    public String param() {
        return name().toLowerCase();
    }

    /** The frequency a form named: empty for {@code none}; null when it names nothing known. */
    public static Optional<DigestFrequency> fromParam(String param) {
        if ("none".equals(param)) {
            return Optional.empty();
        }
        for (DigestFrequency frequency : values()) {
            if (frequency.param().equals(param)) {
                return Optional.of(frequency);
            }
        }
        return null;
    }
}
