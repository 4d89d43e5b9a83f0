package com.hcpress.content.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * What changed between two texts, line by line, with the changed words marked inside a changed
 * line, for a page to show as plain text segments (never as markup). Long runs of unchanged lines
 * are cut to a few lines of context around each change; no change at all gives no lines.
 */
final class TextDiff {

    static final int CONTEXT = 2;
    /** Words, runs of spaces, and any other single character (so CJK text compares by character). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{IsLatin}\\p{Nd}_]+|\\s+|.", Pattern.DOTALL);

    enum Kind { SAME, REMOVED, ADDED, SKIPPED }

    /** A piece of a line; {@code changed} marks the words that differ from the other side. */
    record Span(String text, boolean changed) {
    }

    /** One line of the comparison; a skipped line stands for {@code skipped} unchanged lines. */
    record Line(Kind kind, List<Span> spans, int skipped) {

        static Line of(Kind kind, String text) {
            return new Line(kind, List.of(new Span(text, false)), 0);
        }
    }

    private TextDiff() {
    }

    /**
     * For each shown line, its number in the new text (1-based), or null for a removed line or a
     * run of skipped ones: where line remarks on the new revision go in the diff.
     */
    static List<Integer> newLineNumbers(List<Line> shown) {
        List<Integer> numbers = new ArrayList<>();
        int at = 0;
        for (Line line : shown) {
            if (line.kind() == Kind.SAME || line.kind() == Kind.ADDED) {
                numbers.add(++at);
            } else {
                at += line.kind() == Kind.SKIPPED ? line.skipped() : 0;
                numbers.add(null);
            }
        }
        return numbers;
    }

    static List<Line> lines(String before, String after) {
        List<String> old = split(before);
        List<String> now = split(after);
        List<Line> all = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            int start = delta.getSource().getPosition();
            old.subList(at, start).forEach(line -> all.add(Line.of(Kind.SAME, line)));
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            if (delta.getType() == DeltaType.CHANGE && removed.size() == added.size()) {
                for (int i = 0; i < removed.size(); i++) {
                    List<List<Span>> words = words(removed.get(i), added.get(i));
                    all.add(new Line(Kind.REMOVED, words.get(0), 0));
                    all.add(new Line(Kind.ADDED, words.get(1), 0));
                }
            } else {
                removed.forEach(line -> all.add(Line.of(Kind.REMOVED, line)));
                added.forEach(line -> all.add(Line.of(Kind.ADDED, line)));
            }
            at = start + removed.size();
        }
        old.subList(at, old.size()).forEach(line -> all.add(Line.of(Kind.SAME, line)));
        return all.stream().allMatch(line -> line.kind() == Kind.SAME) ? List.of() : withContextOnly(all);
    }

    /** The removed line's spans and the added line's, with the words that differ marked. */
    private static List<List<Span>> words(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        List<Span> removed = new ArrayList<>();
        List<Span> added = new ArrayList<>();
        int oldAt = 0;
        int nowAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            String same = String.join("", old.subList(oldAt, delta.getSource().getPosition()));
            removed.add(new Span(same, false));
            added.add(new Span(same, false));
            removed.add(new Span(String.join("", delta.getSource().getLines()), true));
            added.add(new Span(String.join("", delta.getTarget().getLines()), true));
            oldAt = delta.getSource().getPosition() + delta.getSource().size();
            nowAt = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        removed.add(new Span(String.join("", old.subList(oldAt, old.size())), false));
        added.add(new Span(String.join("", now.subList(nowAt, now.size())), false));
        return List.of(withoutEmpty(removed), withoutEmpty(added));
    }

    private static List<Line> withContextOnly(List<Line> all) {
        boolean[] keep = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).kind() != Kind.SAME) {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(all.size() - 1, i + CONTEXT); j++) {
                    keep[j] = true;
                }
            }
        }
        List<Line> shown = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < all.size(); i++) {
            if (keep[i]) {
                if (skipped > 0) {
                    shown.add(new Line(Kind.SKIPPED, List.of(), skipped));
                    skipped = 0;
                }
                shown.add(all.get(i));
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            shown.add(new Line(Kind.SKIPPED, List.of(), skipped));
        }
        return shown;
    }

    /**
     * Drops empty spans and joins neighbours: a space between two changed words counts as changed,
     * so "came first" is marked as one change, not two.
     */
    private static List<Span> withoutEmpty(List<Span> spans) {
        List<Span> kept = spans.stream().filter(span -> !span.text().isEmpty()).toList();
        List<Span> joined = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Span span = kept.get(i);
            boolean between = !span.changed() && span.text().isBlank() && i > 0 && i < kept.size() - 1
                    && kept.get(i - 1).changed() && kept.get(i + 1).changed();
            boolean changed = span.changed() || between;
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.changed() == changed) {
                joined.set(joined.size() - 1, new Span(last.text() + span.text(), changed));
            } else {
                joined.add(new Span(span.text(), changed));
            }
        }
        return joined;
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(line);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
