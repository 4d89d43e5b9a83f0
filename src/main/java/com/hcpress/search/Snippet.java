package com.hcpress.search;

import java.util.ArrayList;
import java.util.List;

/** Text with the parts that matched the query marked; plain text, never markup. */
public record Snippet(List<Part> parts) {

    public Snippet {
        parts = List.copyOf(parts);
    }

    public record Part(String text, boolean match) {
    }

    static Snippet plain(String text) {
        return new Snippet(text == null || text.isEmpty() ? List.of() : List.of(new Part(text, false)));
    }

    /** Reads text whose matches the index wrapped in {@link HighlightMarks}. */
    static Snippet marked(String marked) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(HighlightMarks.START, at);
            if (start < 0) {
                addPart(parts, marked.substring(at), false);
                break;
            }
            addPart(parts, marked.substring(at, start), false);
            int end = marked.indexOf(HighlightMarks.END, start);
            if (end < 0) {
                addPart(parts, marked.substring(start + 1), false);
                break;
            }
            addPart(parts, marked.substring(start + 1, end), true);
            at = end + 1;
        }
        return new Snippet(parts);
    }

    private static void addPart(List<Part> parts, String text, boolean match) {
        String clean = HighlightMarks.strip(text);
        if (clean.isEmpty()) {
            return;
        }
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).match() == match) {
            parts.set(last, new Part(parts.get(last).text() + clean, match));
        } else {
            parts.add(new Part(clean, match));
        }
    }

    /**
     * At most about {@code length} characters around the first match: a long sentence is cut before
     * and after it, with an ellipsis where it was cut.
     */
    Snippet around(int length) {
        String whole = text();
        if (whole.length() <= length) {
            return this;
        }
        int before = 0;
        for (Part part : parts) {
            if (part.match()) {
                break;
            }
            before += part.text().length();
        }
        int start = Math.max(0, Math.min(before - length / 4, whole.length() - length));
        int end = Math.min(whole.length(), start + length);
        List<Part> kept = new ArrayList<>();
        int at = 0;
        for (Part part : parts) {
            int from = Math.max(start, at);
            int to = Math.min(end, at + part.text().length());
            if (from < to) {
                kept.add(new Part(part.text().substring(from - at, to - at), part.match()));
            }
            at += part.text().length();
        }
        if (start > 0) {
            kept.add(0, new Part("…", false));
        }
        if (end < whole.length()) {
            kept.add(new Part("…", false));
        }
        List<Part> merged = new ArrayList<>();
        kept.forEach(part -> addPart(merged, part.text(), part.match()));
        return new Snippet(merged);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
