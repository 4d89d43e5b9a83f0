package com.hcpress.reading;

import java.util.regex.Pattern;

/** What a reader keeps: an article (by slug) or a study (by id). */
public enum ItemKind {
    ARTICLE(Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*"), 120),
    STUDY(Pattern.compile("[A-Za-z0-9_]+"), 80);

    private final Pattern key;
    private final int maxLength;

    ItemKind(Pattern key, int maxLength) {
        this.key = key;
        this.maxLength = maxLength;
    }

    /** Whether {@code text} has the form of this kind's key, before anything is looked up. */
    public boolean isKey(String text) {
        return text != null && !text.isEmpty() && text.length() <= maxLength && key.matcher(text).matches();
    }

    public String param() {
        return name().toLowerCase();
    }
}
