package com.hcpress.reading;

import java.util.Optional;

/** How {@code /me/bookmarks} is sorted: the newest saved first, or by title. */
public enum BookmarkSort {
    NEWEST, TITLE;

    public String param() {
        return name().toLowerCase();
    }

    /** The sort a request named (none: newest first); empty when it names no sort. */
    public static Optional<BookmarkSort> fromParam(String param) {
        if (param == null || param.isBlank()) {
            return Optional.of(NEWEST);
        }
        for (BookmarkSort sort : values()) {
            if (sort.param().equals(param)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
