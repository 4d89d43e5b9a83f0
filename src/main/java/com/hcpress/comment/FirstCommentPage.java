package com.hcpress.comment;

/**
 * The first page of an article's comments for one reader. A {@linkplain #shared() shared} page is
 * the very copy every reader gets who neither wrote nor liked any comment on it (no own likes, no
 * own-comment controls), so whatever is made from it can be shared between them while {@code stamp}
 * stays the same; a new copy always has a new stamp. A personal page has stamp 0.
 */
public record FirstCommentPage(CommentPage page, long stamp) {

    public boolean shared() {
        return stamp != 0;
    }
}
