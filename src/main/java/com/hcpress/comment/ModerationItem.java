package com.hcpress.comment;

import java.time.Instant;
import java.util.List;

/**
 * A comment in the moderators' queue, with where it was posted, by whom (the label readers see,
 * and for staff the account: {@code authorId}, {@code authorAccount}, both null once it is
 * deleted), why it was reported, and why it was last hidden, deleted or restored.
 */
public record ModerationItem(long id, boolean reply, String articleSlug, String articleTitle, AuthorName author,
                             CommentText text, CommentStatus status, boolean pinned, int likeCount,
                             int openReports, List<ReportReason> reportReasons, Instant createdAt,
                             Long authorId, String authorAccount, String zoneSlug, List<ReportNote> reports,
                             String moderationReason, Instant moderatedAt) {

    public boolean pinnable() {
        return !reply && status == CommentStatus.VISIBLE;
    }
}
