package com.hcpress.content;

import java.time.LocalDate;

/** An article as a list shows it. */
public record ArticleSummary(long id, String slug, String title, String sourceLine, LocalDate publishedOn,
                             ArticleKind kind, long zoneId) {
}
