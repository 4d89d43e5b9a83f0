package com.hcpress.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Where a list sorted newest first continues: the sort value and the id of the last row shown
 * ({@code 2026-01-23~42}), so the next page is read by key, never by skipping rows. Lists come
 * {@link #PAGE} rows at a time.
 */
public record ListCursor(String sortValue, long id) {

    public static final int PAGE = 20;
    /** Where undated articles sort: after every dated one. */
    static final LocalDate UNDATED = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T00:00:00Z");

    /** The cursor a request sent: empty for the first page, null when it is not a cursor at all. */
    public static Optional<ListCursor> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int tilde = text.indexOf('~');
        if (tilde < 1 || text.length() > 80 || !text.substring(tilde + 1).matches("\\d{1,18}")) {
            return null;
        }
        return Optional.of(new ListCursor(text.substring(0, tilde), Long.parseLong(text.substring(tilde + 1))));
    }

    @Override
    public String toString() {
        return sortValue + "~" + id;
    }

    LocalDate day() {
        return LocalDate.parse(sortValue);
    }

    Instant instant() {
        return Instant.parse(sortValue);
    }

    /** Whether the sort value is a day, as in lists sorted by publication. */
    public boolean isDay() {
        try {
            day();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Whether the sort value is an instant, as in lists sorted by the last change. */
    public boolean isInstant() {
        try {
            instant();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static LocalDate dayOrLast(Optional<ListCursor> after) {
        return after.map(ListCursor::day).orElse(LAST_DAY);
    }

    static Instant instantOrLast(Optional<ListCursor> after) {
        return after.map(ListCursor::instant).orElse(LAST_INSTANT);
    }

    static long idOrLast(Optional<ListCursor> after) {
        return after.map(ListCursor::id).orElse(Long.MAX_VALUE);
    }
}
