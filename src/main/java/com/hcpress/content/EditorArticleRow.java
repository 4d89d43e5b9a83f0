package com.hcpress.content;

import java.time.Instant;

/**
 * An article in the editors' list, drafts and the trash included; {@code revision} is the working
 * one, {@code version} the row's version as listed (bulk steps refuse an article changed since).
 */
public record EditorArticleRow(long id, String slug, String title, long zoneId, ArticleStatus status,
                               WorkflowState workflowState, int revision, Instant updatedAt, Instant publishAt,
                               Instant deletedAt, long version) {
}
