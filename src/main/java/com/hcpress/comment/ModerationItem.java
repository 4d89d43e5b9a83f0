package com.hcpress.comment;

import java.time.Instant;
import java.util.List;

/** A comment in the moderators' queue, with where it was posted, by whom and why it was reported. */
public record ModerationItem(long id, boolean reply, String articleSlug, String articleTitle, AuthorName author,
                             CommentText text, CommentStatus status, boolean pinned, int likeCount,
                             int openReports, List<ReportReason> reportReasons, Instant createdAt) {

    public boolean pinnable() {
        return !reply && status == CommentStatus.VISIBLE;
    }
}
