package com.hcpress.comment;

import java.util.List;

/** One page of the moderators' queue; {@code nextCursor} is null on the last page. */
public record ModerationQueue(ModerationFilter filter, List<ModerationItem> items, String nextCursor) {

    public boolean hasMore() {
        return nextCursor != null;
    }
}
