package com.hcpress.content;

import java.util.List;
import java.util.function.Function;

/** One page of a list, and where the next starts ({@code next} null on the last page). */
public record ListPage<T>(List<T> rows, ListCursor next) {

    public boolean hasMore() {
        return next != null;
    }

    /** The first {@link ListCursor#PAGE} of {@code found} (read one longer to know if there is more). */
    static <T> ListPage<T> of(List<T> found, Function<T, ListCursor> cursorOf) {
        if (found.size() <= ListCursor.PAGE) {
            return new ListPage<>(List.copyOf(found), null);
        }
        List<T> shown = List.copyOf(found.subList(0, ListCursor.PAGE));
        return new ListPage<>(shown, cursorOf.apply(shown.get(shown.size() - 1)));
    }
}
