package com.hcpress.comment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the next page starts: just past the last comment shown, in the list's own order (keyset,
 * never an offset, so the 10,000th comment costs what the first does).
 */
record Cursor(CommentOrder order, int likes, long id) {

    private static final Pattern NEWEST = Pattern.compile("n(\\d{1,18})");
    private static final Pattern LIKED = Pattern.compile("l(\\d{1,9})-(\\d{1,18})");

    static Cursor after(CommentView last, CommentOrder order) {
        return new Cursor(order, last.likeCount(), last.id());
    }

    /** Null for the first page; throws for a cursor not made by us or made for the other order. */
    static Cursor parse(String text, CommentOrder order) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher matcher = (order == CommentOrder.NEWEST ? NEWEST : LIKED).matcher(text);
        if (!matcher.matches()) {
            throw InvalidCommentException.of("cursor", "comment.error.cursor");
        }
        return order == CommentOrder.NEWEST
                ? new Cursor(order, 0, Long.parseLong(matcher.group(1)))
                : new Cursor(order, Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    /** Replies run oldest first by id: their cursor is the last id shown. */
    static long parseReplyCursor(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        if (!text.matches("\\d{1,18}")) {
            throw InvalidCommentException.of("cursor", "comment.error.cursor");
        }
        return Long.parseLong(text);
    }

    String encode() {
        return order == CommentOrder.NEWEST ? "n" + id : "l" + likes + "-" + id;
    }
}
