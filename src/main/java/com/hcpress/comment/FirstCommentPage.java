package com.hcpress.comment;

import java.util.Map;

/**
 * The first page of an article's comments for one reader. {@code page} is the very copy every
 * reader gets (nothing in it is liked or anyone's own), so whatever is made from it can be shared
 * between readers while {@code stamp} stays the same; a new copy always has a new stamp.
 * {@code ownViews} holds, by comment id, this reader's view of the comments they wrote or liked,
 * which differs from the shared one in its like button and own-comment controls.
 */
public record FirstCommentPage(CommentPage page, long stamp, Map<Long, CommentView> ownViews) {

    public FirstCommentPage {
        ownViews = Map.copyOf(ownViews);
    }
}
