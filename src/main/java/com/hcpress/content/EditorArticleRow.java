package com.hcpress.content;

import java.time.Instant;

/** An article in the editors' list, drafts included. */
public record EditorArticleRow(long id, String slug, String title, long zoneId, ArticleStatus status, int revision,
                               Instant updatedAt) {
}
