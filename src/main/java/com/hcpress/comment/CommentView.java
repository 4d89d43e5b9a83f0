package com.hcpress.comment;

import java.time.Instant;
import java.util.List;

/**
 * A visible comment as one reader sees it. For a top-level comment, {@code replies} holds the first
 * few replies and {@code replyCount} all of them; a reply has none of its own. {@code author} is
 * null when the author's account was deleted; {@code conflictOfInterest} is the author's optional
 * declaration, or null.
 */
public record CommentView(long id, Long parentId, AuthorName author, boolean byStaff, CommentText text,
                          String conflictOfInterest,
                          Instant createdAt, Instant editedAt, int likeCount, boolean likedByMe, int replyCount,
                          boolean pinned, boolean mine, boolean editable, List<CommentView> replies) {

    public boolean isReply() {
        return parentId != null;
    }

    public boolean edited() {
        return editedAt != null;
    }

    public boolean hasMoreReplies() {
        return replyCount > replies.size();
    }

    /** The id after which "more replies" continues. */
    public long lastReplyId() {
        return replies.isEmpty() ? 0 : replies.get(replies.size() - 1).id();
    }

    /** This comment as one reader sees it who liked it or wrote it. */
    CommentView seenBy(boolean liked, boolean wrote, boolean canEdit) {
        return new CommentView(id, parentId, author, byStaff, text, conflictOfInterest, createdAt, editedAt, likeCount, liked,
                replyCount, pinned, wrote, canEdit, replies);
    }

    /** This comment with its author's label and staff mark, resolved after the rows were read. */
    CommentView authored(AuthorName label, boolean staff) {
        return new CommentView(id, parentId, label, staff, text, conflictOfInterest, createdAt, editedAt, likeCount, likedByMe,
                replyCount, pinned, mine, editable, replies);
    }

    CommentView withReplies(List<CommentView> shown) {
        return new CommentView(id, parentId, author, byStaff, text, conflictOfInterest, createdAt, editedAt, likeCount, likedByMe,
                replyCount, pinned, mine, editable, List.copyOf(shown));
    }
}
