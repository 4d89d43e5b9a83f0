package com.hcpress.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment body as pages show it: runs of plain text and http(s) links, each to be escaped by the
 * template. Line breaks stay in the text (the page keeps them with {@code white-space: pre-wrap}),
 * so no markup is ever built from what a reader typed.
 */
public record CommentText(String plain, List<Segment> segments) {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`\\p{InCJKSymbolsAndPunctuation}"
            + "\\p{InHalfwidthAndFullwidthForms}]+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends a sentence rather than the address it follows. */
    private static final String TRAILING = ".,;:!?)]}'\"";

    public record Segment(String text, String href) {

        public boolean isLink() {
            return href != null;
        }
    }

    public static CommentText of(String plain) {
        List<Segment> segments = new ArrayList<>();
        Matcher matcher = URL.matcher(plain);
        int from = 0;
        while (matcher.find()) {
            int end = trimTrailingPunctuation(plain, matcher.start(), matcher.end());
            if (end - matcher.start() <= "https://".length()) {
                continue;
            }
            if (matcher.start() > from) {
                segments.add(new Segment(plain.substring(from, matcher.start()), null));
            }
            String url = plain.substring(matcher.start(), end);
            segments.add(new Segment(url, url));
            from = end;
        }
        if (from < plain.length()) {
            segments.add(new Segment(plain.substring(from), null));
        }
        return new CommentText(plain, List.copyOf(segments));
    }

    private static int trimTrailingPunctuation(String text, int start, int end) {
        while (end > start && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
            if (text.charAt(end - 1) == ')' && text.substring(start, end).indexOf('(') >= 0) {
                break; // a balanced parenthesis belongs to the address, as in Wikipedia links
            }
            end--;
        }
        return end;
    }
}
