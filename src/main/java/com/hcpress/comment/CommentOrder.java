package com.hcpress.comment;

import java.util.Locale;

/** How an article's top-level comments are listed. */
public enum CommentOrder {
    NEWEST, MOST_LIKED;

    /** From a request parameter ({@code newest} or {@code liked}); anything else is the default. */
    public static CommentOrder parse(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).startsWith("liked") ? MOST_LIKED : NEWEST;
    }

    public String parameter() {
        return this == NEWEST ? "newest" : "liked";
    }
}
