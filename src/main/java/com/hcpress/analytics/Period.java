package com.hcpress.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stretch of days a statistics page counts: the last 7, 30, 90 or 365 days up to today. */
public record Period(int days) {

    public static final List<Integer> CHOICES = List.of(7, 30, 90, 365);
    public static final Period DEFAULT = new Period(30);

    /** The period a request asked for; empty when it is none of the choices. */
    public static Optional<Period> of(Integer days) {
        if (days == null) {
            return Optional.of(DEFAULT);
        }
        return CHOICES.contains(days) ? Optional.of(new Period(days)) : Optional.empty();
    }

    public LocalDate firstDay() {
        return LocalDate.now(ReadingLog.NEWSROOM_DAY).minusDays(days - 1L);
    }

    public LocalDate lastDay() {
        return LocalDate.now(ReadingLog.NEWSROOM_DAY);
    }
}
