package com.hcpress.comment;

/** An action on an existing comment that its state or its owner does not allow. */
public class CommentActionException extends RuntimeException {

    public enum Reason {
        /** Only the author may edit or delete it. */
        NOT_YOURS,
        /** The short time in which its author may still change it is over. */
        EDIT_WINDOW_CLOSED,
        /** A reply may only hang under a visible top-level comment. */
        NOT_REPLYABLE,
        /** A moderation step that does not apply to the comment as it is now. */
        ILLEGAL_MODERATION
    }

    private final Reason reason;

    CommentActionException(Reason reason, long commentId) {
        super(reason + " for comment " + commentId);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "comment.error." + switch (reason) {
            case NOT_YOURS -> "notYours";
            case EDIT_WINDOW_CLOSED -> "editWindowClosed";
            case NOT_REPLYABLE -> "notReplyable";
            case ILLEGAL_MODERATION -> "illegalModeration";
        };
    }
}
