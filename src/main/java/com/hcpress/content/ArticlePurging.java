package com.hcpress.content;

/**
 * An article is about to be deleted for good, out of the trash. Published inside the purging
 * transaction, before the row goes, so a feature holding rows that name the article removes them
 * in the same transaction.
 */
public record ArticlePurging(long articleId) {
}
