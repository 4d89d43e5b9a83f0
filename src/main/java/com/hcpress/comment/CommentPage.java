package com.hcpress.comment;

import java.util.List;

/**
 * One page of an article's top-level comments with the article's visible total. The pinned comment
 * comes with the first page only and is left out of the list; {@code nextCursor} is null on the
 * last page.
 */
public record CommentPage(long total, CommentOrder order, CommentView pinned, List<CommentView> comments,
                          String nextCursor) {

    public boolean hasMore() {
        return nextCursor != null;
    }
}
