package com.hcpress.comment;

/**
 * Where a comment stands. Only visible comments are shown to readers; a hidden one may come back,
 * a deleted one never does.
 */
public enum CommentStatus {
    VISIBLE, HIDDEN, DELETED;

    boolean canBecome(CommentStatus next) {
        return switch (this) {
            case VISIBLE -> next == HIDDEN || next == DELETED;
            case HIDDEN -> next == VISIBLE || next == DELETED;
            case DELETED -> false;
        };
    }

    /** The guarded move: throws when it is not allowed from here. */
    CommentStatus moveTo(CommentStatus next, long commentId) {
        if (!canBecome(next)) {
            throw new CommentActionException(CommentActionException.Reason.ILLEGAL_MODERATION, commentId);
        }
        return next;
    }

    boolean isVisible() {
        return this == VISIBLE;
    }
}
