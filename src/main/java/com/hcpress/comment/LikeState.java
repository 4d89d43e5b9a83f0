package com.hcpress.comment;

/** A comment's likes as one reader sees them after liking or unliking it. */
public record LikeState(long commentId, boolean liked, int likeCount) {
}
