package com.hcpress.comment;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments that did not come through a reader's request: demo data and imports. No gate and no
 * posting limit apply, so nothing serving a request may call this; the counts are kept as for any
 * other comment.
 */
@Service
@Transactional
public class CommentImports {

    private final CommentStore store;
    private final CommentChanges changes;

    CommentImports(CommentStore store, CommentChanges changes) {
        this.store = store;
        this.changes = changes;
    }

    public long comment(long articleId, long authorId, String body, Instant createdAt) {
        long id = store.insert(articleId, authorId, null, CommentBodies.normalise(body), null, createdAt);
        changes.changed(articleId);
        return id;
    }

    public long reply(long articleId, long parentId, long authorId, String body, Instant createdAt) {
        long id = store.insert(articleId, authorId, parentId, CommentBodies.normalise(body), null, createdAt);
        changes.changed(articleId);
        return id;
    }

    public void like(long commentId, long userId) {
        store.like(commentId, userId);
    }
}
