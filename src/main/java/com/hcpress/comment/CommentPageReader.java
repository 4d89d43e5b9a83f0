package com.hcpress.comment;

import java.util.List;

import org.springframework.stereotype.Component;

/** Reads one page of an article's top-level comments as one viewer sees them. */
@Component
class CommentPageReader {

    private final CommentQueries queries;
    private final CommentSettings settings;

    CommentPageReader(CommentQueries queries, CommentSettings settings) {
        this.queries = queries;
        this.settings = settings;
    }

    CommentPage read(long articleId, long viewerId, CommentOrder order, String cursor) {
        Cursor after = Cursor.parse(cursor, order);
        List<CommentView> found = queries.topLevel(articleId, viewerId, order, after, settings.pageSize() + 1);
        List<CommentView> shown = found.subList(0, Math.min(found.size(), settings.pageSize()));
        String next = found.size() > shown.size() ? Cursor.after(shown.get(shown.size() - 1), order).encode() : null;
        CommentView pinned = after == null ? queries.pinned(articleId, viewerId).orElse(null) : null;
        return new CommentPage(queries.count(articleId), order, pinned, List.copyOf(shown), next);
    }
}
