package com.hcpress.content;

import java.time.LocalDate;

/**
 * What the slug lookup reads of a published article: its summary and revision, not its bodies
 * (Markdown and HTML of up to hundreds of kilobytes, which a page view in the cache never needs).
 */
record PublishedRevisionRow(Long id, String slug, String title, String sourceLine, LocalDate publishedOn,
                            ArticleKind kind, Long zoneId, Integer revision) {

    PublishedRevision toRevision() {
        return new PublishedRevision(new ArticleSummary(id, slug, title, sourceLine, publishedOn, kind, zoneId),
                revision);
    }
}
