package com.hcpress.comment;

import java.util.List;

/** Further replies under one comment, oldest first; {@code nextCursor} is null on the last page. */
public record ReplyPage(long parentId, List<CommentView> replies, String nextCursor) {

    public boolean hasMore() {
        return nextCursor != null;
    }
}
