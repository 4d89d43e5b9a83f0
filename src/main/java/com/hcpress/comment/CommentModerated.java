package com.hcpress.comment;

/** Published in the transaction that hides or deletes a comment, for its author to be told why. */
public record CommentModerated(long commentId, long authorId, boolean removed, String reason, String articleSlug,
                               String articleTitle) {
}
