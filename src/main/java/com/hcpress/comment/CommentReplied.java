package com.hcpress.comment;

/** Published in the transaction that posts a reply to someone else's comment. */
public record CommentReplied(long replyId, long parentId, long parentAuthorId, long replierId, String articleSlug,
                             String articleTitle) {
}
