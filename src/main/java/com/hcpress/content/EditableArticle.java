package com.hcpress.content;

import java.time.Instant;
import java.util.List;

/**
 * An article as the editor's form opens it: its working text (for a live article with an edit
 * waiting, that edit: {@code revision} is then past {@code liveRevision}), where it stands in the
 * workflow, and the {@code version} the form must send back so that a save over someone else's is
 * detected.
 */
public record EditableArticle(long id, String slug, long zoneId, ArticleStatus status, int revision, long version,
                              Instant updatedAt, ArticleDraft draft, List<String> renderWarnings,
                              WorkflowState workflowState, Integer liveRevision, Instant publishAt, boolean deleted) {

    /** Whether readers see another revision than the one being worked on. */
    public boolean hasPendingRevision() {
        return liveRevision != null && liveRevision != revision;
    }

    public boolean isLive() {
        return status == ArticleStatus.PUBLISHED;
    }
}
