package com.hcpress.content;

import java.time.LocalDate;

/**
 * What the slug lookup and the zone lists read of a published article: its summary and revision,
 * not its bodies (Markdown and HTML of up to hundreds of kilobytes, which they never show).
 */
record PublishedRevisionRow(Long id, String slug, String title, String sourceLine, LocalDate publishedOn,
                            ArticleKind kind, Long zoneId, Integer revision) {

    ArticleSummary toSummary() {
        return new ArticleSummary(id, slug, title, sourceLine, publishedOn, kind, zoneId);
    }

    PublishedRevision toRevision() {
        return new PublishedRevision(toSummary(), revision);
    }
}
