package com.hcpress.comment;

import java.util.regex.Pattern;

/** What a typed body becomes before it is stored, and whether it may be. */
final class CommentBodies {

    static final int MAX_LENGTH = 2000;
    static final int MAX_CONFLICT_OF_INTEREST_LENGTH = 300;

    /** Control characters other than line feed and tab, and the bidi overrides that disguise text. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(\\n[ \\t]*){2,}");

    private CommentBodies() {
    }

    /** Trimmed, with at most one empty line in a row; throws when empty or longer than allowed. */
    static String normalise(String typed) {
        String text = typed == null ? "" : typed.replace("\r\n", "\n").replace('\r', '\n');
        text = INVISIBLE.matcher(text).replaceAll("");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
        if (text.isEmpty()) {
            throw InvalidCommentException.of("body", "comment.error.empty");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw InvalidCommentException.of("body", "comment.error.tooLong");
        }
        return text;
    }

    /** The optional conflict-of-interest line: one line, trimmed, null when blank; throws when too long. */
    static String conflictOfInterest(String typed) {
        if (typed == null) {
            return null;
        }
        String line = INVISIBLE.matcher(typed.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ')).replaceAll("")
                .strip().replaceAll(" {2,}", " ");
        if (line.isEmpty()) {
            return null;
        }
        if (line.codePointCount(0, line.length()) > MAX_CONFLICT_OF_INTEREST_LENGTH) {
            throw InvalidCommentException.of("conflictOfInterest", "comment.error.conflictOfInterestTooLong");
        }
        return line;
    }
}
