package com.hcpress.content;

/**
 * A save, publish or restore was made against a version of the article that someone else has
 * changed since; nothing was written.
 */
public class ArticleConflictException extends RuntimeException {

    private final long articleId;

    public ArticleConflictException(long articleId) {
        super("Article " + articleId + " was changed by someone else");
        this.articleId = articleId;
    }

    public long articleId() {
        return articleId;
    }
}
