package com.hcpress.reading;

import java.util.List;
import java.util.function.Function;

import com.hcpress.content.ListCursor;
import com.hcpress.content.ListPage;

/** Builds a {@link ListPage} from rows read one longer than a page. */
final class ReaderItemPage {

    private ReaderItemPage() {
    }

    static ListPage<ReaderItem> of(List<ReaderItem> found, Function<ReaderItem, ListCursor> cursorOf) {
        if (found.size() <= ListCursor.PAGE) {
            return new ListPage<>(List.copyOf(found), null);
        }
        List<ReaderItem> shown = List.copyOf(found.subList(0, ListCursor.PAGE));
        return new ListPage<>(shown, cursorOf.apply(shown.get(shown.size() - 1)));
    }
}
