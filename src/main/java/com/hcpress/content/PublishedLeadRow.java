package com.hcpress.content;

import java.time.LocalDate;

/** What a zone's list reads of a published article: its summary and stored lead, not its bodies. */
record PublishedLeadRow(Long id, String slug, String title, String sourceLine, LocalDate publishedOn,
                        ArticleKind kind, Long zoneId, String lead) {

    ArticleSummary toSummary() {
        return new ArticleSummary(id, slug, title, sourceLine, publishedOn, kind, zoneId);
    }
}
