package com.hcpress.analytics;

/** One article's numbers within a zone's period. */
public record ArticleCount(long id, String slug, String title, long views, long readers, long comments) {
}
