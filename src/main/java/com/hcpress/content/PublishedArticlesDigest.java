package com.hcpress.content;

/**
 * A summary of the published articles that changes whenever one is published, unpublished or
 * revised, so a copy derived from them (such as a search index) can tell whether it is current.
 */
public record PublishedArticlesDigest(long count, long idSum, long revisionSum) {
}
