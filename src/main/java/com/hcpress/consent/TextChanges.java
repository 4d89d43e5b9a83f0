package com.hcpress.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * What changed between two versions of a text, as plain segments for a page to mark (never as
 * markup): removed and added words, with unchanged text around them. Latin words compare whole,
 * Chinese compares character by character, so a changed phrase in a Chinese sentence is marked
 * and not the whole sentence. Long unchanged stretches keep {@link #CONTEXT} characters at each
 * end around a change and an ellipsis between.
 */
public record TextChanges(List<Segment> segments) {

    static final int CONTEXT = 60;
    private static final Pattern TOKEN = Pattern.compile("[\\p{IsLatin}\\p{Nd}_]+|\\s+|.", Pattern.DOTALL);

    public enum Kind { SAME, REMOVED, ADDED, SKIPPED }

    public record Segment(Kind kind, String text) {

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }

        public boolean skipped() {
            return kind == Kind.SKIPPED;
        }
    }

    public static TextChanges between(String before, String after) {
        List<String> old = tokens(normalised(before));
        List<String> now = tokens(normalised(after));
        List<Segment> all = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(all, Kind.SAME, String.join("", old.subList(at, start)));
            add(all, Kind.REMOVED, String.join("", delta.getSource().getLines()));
            add(all, Kind.ADDED, String.join("", delta.getTarget().getLines()));
            at = start + delta.getSource().size();
        }
        add(all, Kind.SAME, String.join("", old.subList(at, old.size())));
        return new TextChanges(shortened(all));
    }

    /** Whether anything but line endings and spaces at the ends of lines differs. */
    public boolean any() {
        return segments.stream().anyMatch(segment -> segment.kind() == Kind.REMOVED || segment.kind() == Kind.ADDED);
    }

    /** The text as a comparison sees it: line endings as typed in any browser, no spaces at line ends. */
    static String normalised(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t\\u3000]+\n", "\n").strip();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<Segment> segments, Kind kind, String text) {
        if (!text.isEmpty()) {
            segments.add(new Segment(kind, text));
        }
    }

    private static List<Segment> shortened(List<Segment> all) {
        List<Segment> shown = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Segment segment = all.get(i);
            String text = segment.text();
            if (segment.kind() != Kind.SAME || text.length() <= 3 * CONTEXT) {
                shown.add(segment);
                continue;
            }
            boolean first = i == 0;
            boolean last = i == all.size() - 1;
            if (!first) {
                shown.add(new Segment(Kind.SAME, text.substring(0, CONTEXT)));
            }
            shown.add(new Segment(Kind.SKIPPED, "…"));
            if (!last) {
                shown.add(new Segment(Kind.SAME, text.substring(text.length() - CONTEXT)));
            }
        }
        return List.copyOf(shown);
    }
}
