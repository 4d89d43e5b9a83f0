package com.hcpress.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Filter dates as administrators type them (yyyy-MM-dd, days in China), both ends optional and
 * included: {@code to} covers its whole day.
 */
public record DayRange(LocalDate from, LocalDate to) {

    public static final ZoneId DAYS_IN = ZoneId.of("Asia/Shanghai");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 1, 1);

    /** The range, or empty when a date does not parse, is out of range, or the ends are reversed. */
    public static Optional<DayRange> parse(String from, String to) {
        try {
            LocalDate start = date(from);
            LocalDate end = date(to);
            if ((start != null && outOfRange(start)) || (end != null && outOfRange(end))
                    || (start != null && end != null && end.isBefore(start))) {
                return Optional.empty();
            }
            return Optional.of(new DayRange(start, end));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(DAYS_IN).toInstant();
    }

    /** The first instant after the range. */
    public Instant toInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(DAYS_IN).toInstant();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() != 10) {
            throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
        }
        return LocalDate.parse(text.strip());
    }

    private static boolean outOfRange(LocalDate date) {
        return date.isBefore(EARLIEST) || date.isAfter(LATEST);
    }
}
