package com.hcpress.verification;

import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long an approval lasts ({@code hcpress.verification.approval-validity}, 3 years by default,
 * written as a period: {@code 3y}, {@code 18m}, {@code P2Y6M}) and how long before its end the
 * reader is reminded ({@code hcpress.verification.reverify-reminder}, 30 days by default).
 */
@Component
public class ApprovalValidity {

    private final Period validity;
    private final Period reminder;

    ApprovalValidity(@Value("${hcpress.verification.approval-validity:3y}") Period validity,
                     @Value("${hcpress.verification.reverify-reminder:30d}") Period reminder) {
        if (validity.isNegative() || validity.isZero() || reminder.isNegative()) {
            throw new IllegalArgumentException("hcpress.verification.approval-validity must be positive and the reminder not negative");
        }
        this.validity = validity;
        this.reminder = reminder;
    }

    public Period validity() {
        return validity;
    }

    /** The validity as a PostgreSQL interval literal, e.g. {@code 3 years 0 mons 0 days}. */
    String asInterval() {
        return interval(validity);
    }

    /** How long before the end the reminder goes, as an interval literal. */
    String reminderAsInterval() {
        return interval(reminder);
    }

    private static String interval(Period period) {
        return period.getYears() + " years " + period.getMonths() + " mons " + period.getDays() + " days";
    }
}
