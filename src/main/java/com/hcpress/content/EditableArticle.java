package com.hcpress.content;

import java.time.Instant;
import java.util.List;

/**
 * An article as the editor's form opens it: its latest draft, where it stands, and the
 * {@code version} the form must send back so that a save over someone else's is detected.
 */
public record EditableArticle(long id, String slug, long zoneId, ArticleStatus status, int revision, long version,
                              Instant updatedAt, ArticleDraft draft, List<String> renderWarnings) {
}
