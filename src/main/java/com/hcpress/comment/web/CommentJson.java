package com.hcpress.comment.web;

import java.time.Instant;
import java.util.List;

import com.hcpress.comment.CommentPage;
import com.hcpress.comment.CommentView;
import com.hcpress.comment.ReplyPage;

/** Comments as the API shows them: the body is the plain text as posted, for the client to escape. */
record CommentJson(long id, Long parentId, String author, String authorCredentials, boolean authorIsVerified,
                   boolean authorIsStaff, String body, String conflictOfInterest, Instant createdAt,
                   Instant editedAt, int likeCount, boolean likedByMe, int replyCount, boolean pinned, boolean mine,
                   boolean editable, List<CommentJson> replies) {

    static CommentJson of(CommentView view) {
        return new CommentJson(view.id(), view.parentId(), view.author() == null ? null : view.author().name(),
                view.author() == null ? null : view.author().credentials(),
                view.author() != null && view.author().verified(), view.byStaff(), view.text().plain(),
                view.conflictOfInterest(),
                view.createdAt(), view.editedAt(), view.likeCount(), view.likedByMe(), view.replyCount(),
                view.pinned(), view.mine(), view.editable(), view.replies().stream().map(CommentJson::of).toList());
    }

    /** A page of top-level comments with the article's visible total. */
    record Page(long total, String sort, CommentJson pinned, List<CommentJson> comments, String nextCursor) {

        static Page of(CommentPage page) {
            return new Page(page.total(), page.order().parameter(),
                    page.pinned() == null ? null : CommentJson.of(page.pinned()),
                    page.comments().stream().map(CommentJson::of).toList(), page.nextCursor());
        }
    }

    record Replies(long parentId, List<CommentJson> replies, String nextCursor) {

        static Replies of(ReplyPage page) {
            return new Replies(page.parentId(), page.replies().stream().map(CommentJson::of).toList(), page.nextCursor());
        }
    }

    /** What a client sends to post, reply or edit. */
    record Body(String body, String conflictOfInterest) {
    }

    record Report(String reason, String note) {
    }
}
