package com.hcpress.comment;

import org.springframework.stereotype.Component;

import com.hcpress.shared.cache.CacheChanges;

/**
 * Announces a change to an article's comments, so that every instance drops its shared copies of
 * the article's comment pages ({@link SharedCommentPages}) and of the lists showing its comment
 * count ({@link Comments#CHANGES}): this one when the transaction ends, the others when it commits.
 */
@Component
class CommentChanges {

    static final String TOPIC = "comments";

    private final CacheChanges changes;

    CommentChanges(CacheChanges changes) {
        this.changes = changes;
    }

    void changed(long articleId) {
        changes.announce(TOPIC, Long.toString(articleId));
    }
}
