package com.hcpress.search;

/**
 * What a reader asked for: the text, optionally a zone (by slug), a year and a type of hit, and a
 * page from 1.
 */
public record SearchQuery(String text, String zone, Integer year, HitType type, int page) {

    public static final int MAX_LENGTH = 200;

    public SearchQuery {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A search is 1 to " + MAX_LENGTH + " characters");
        }
        text = text.strip();
        page = Math.max(page, 1);
    }

    public SearchQuery(String text, String zone, Integer year, int page) {
        this(text, zone, year, null, page);
    }

    public static boolean isValid(String text) {
        return text != null && !text.isBlank() && text.length() <= MAX_LENGTH;
    }
}
