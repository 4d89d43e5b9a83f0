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

    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
