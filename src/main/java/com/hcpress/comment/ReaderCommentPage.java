package com.hcpress.comment;

import java.util.Map;

/**
 * A page of an article's comments for one reader. {@code page} is the very copy every reader gets
 * (nothing in it is liked or anyone's own); {@code after} is where it starts (the cursor in its one
 * spelling, null for the first page); {@code ownViews} holds, by comment id, this reader's view of
 * the comments they wrote or liked, which differs from the shared one in its like button and
 * own-comment controls.
 */
public record ReaderCommentPage(CommentPage page, String after, Map<Long, CommentView> ownViews) {

    public ReaderCommentPage {
        ownViews = Map.copyOf(ownViews);
    }

    /** The page as this reader sees it: the shared one with their own views in place. */
    public CommentPage seen() {
        if (ownViews.isEmpty()) {
            return page;
        }
        return new CommentPage(page.total(), page.order(), own(page.pinned()),
                page.comments().stream().map(this::own).toList(), page.nextCursor());
    }

    private CommentView own(CommentView shared) {
        if (shared == null) {
            return null;
        }
        CommentView comment = ownViews.getOrDefault(shared.id(), shared);
        return comment.withReplies(comment.replies().stream().map(reply -> ownViews.getOrDefault(reply.id(), reply))
                .toList());
    }
}
