package com.hcpress.search;

/**
 * The index marks matches with two private-use characters rather than HTML, so nothing it
 * returns is trusted as markup: {@link Snippet} splits on them and pages escape every part.
 */
final class HighlightMarks {

    static final String START = "\uE000";
    static final String END = "\uE001";

    private HighlightMarks() {
    }

    /** Indexed text never carries the marks itself, so it cannot fake a highlight. */
    static String strip(String text) {
        return text == null ? null : text.replace(START, "").replace(END, "");
    }
}
