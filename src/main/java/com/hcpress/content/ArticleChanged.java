package com.hcpress.content;

/**
 * An article was created, revised, published or unpublished. Published inside the transaction
 * that made the change, so a listener may record it atomically with it; the article's current
 * state is for listeners to read, the event carries only which one changed.
 */
public record ArticleChanged(long articleId) {
}
