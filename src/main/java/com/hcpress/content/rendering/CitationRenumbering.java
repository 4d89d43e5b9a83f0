package com.hcpress.content.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the citation markers of a Markdown body when references change places: with {@code 2→1,
 * 1→2}, "[1]" becomes "[2]" and "[1-3]" becomes "[1-3]" again. A marker's numbers are written
 * sorted, runs of three or more as a range ("[4-6]"), so the body reads as an editor would type it.
 * Markers the renderer would not link are left alone: inside code, link text and link
 * definitions ({@code [1]: https://...}), or naming numbers that are not in the map.
 */
public final class CitationRenumbering {

    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]\\n]{1,60})]");
    /** A link's destination, "](https://...)": bracketed numbers in an address are not citations. */
    private static final Pattern LINK_DESTINATION = Pattern.compile("]\\([^)\\s]*\\)");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");

    private CitationRenumbering() {
    }

    public static String renumber(String markdown, Map<Integer, Integer> newNumbers) {
        if (markdown == null || markdown.isEmpty() || newNumbers.isEmpty()) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        boolean inFence = false;
        for (String line : markdown.split("(?<=\n)", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                out.append(line);
            } else if (inFence || line.startsWith("    ") || line.startsWith("\t")) {
                out.append(line);
            } else {
                out.append(renumberLine(line, newNumbers));
            }
        }
        return out.toString();
    }

    private static String renumberLine(String line, Map<Integer, Integer> newNumbers) {
        StringBuilder out = new StringBuilder(line.length());
        int from = 0;
        // Inline code spans are copied as they are: split on backtick runs, odd pieces are code.
        Matcher ticks = Pattern.compile("`+").matcher(line);
        boolean inCode = false;
        String openTicks = null;
        while (ticks.find()) {
            String piece = line.substring(from, ticks.start());
            out.append(inCode ? piece : renumberText(piece, newNumbers));
            out.append(ticks.group());
            if (!inCode) {
                inCode = true;
                openTicks = ticks.group();
            } else if (ticks.group().equals(openTicks)) {
                inCode = false;
            }
            from = ticks.end();
        }
        String rest = line.substring(from);
        out.append(inCode ? rest : renumberText(rest, newNumbers));
        return out.toString();
    }

    private static String renumberText(String text, Map<Integer, Integer> newNumbers) {
        Matcher marker = BRACKETED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        List<int[]> destinations = new ArrayList<>();
        Matcher destination = LINK_DESTINATION.matcher(text);
        while (destination.find()) {
            destinations.add(new int[] {destination.start(), destination.end()});
        }
        while (marker.find()) {
            String replacement = marker.group();
            int at = marker.start();
            if (destinations.stream().anyMatch(range -> at > range[0] && at < range[1])) {
                marker.appendReplacement(out, Matcher.quoteReplacement(replacement));
                continue;
            }
            boolean link = marker.end() < text.length() && text.charAt(marker.end()) == '(';
            boolean definition = text.substring(0, marker.start()).isBlank() && marker.end() < text.length()
                    && text.charAt(marker.end()) == ':';
            boolean linkOrDefinition = link || definition;
            boolean image = marker.start() > 0 && text.charAt(marker.start() - 1) == '!';
            Optional<List<Integer>> numbers = linkOrDefinition || image ? Optional.empty()
                    : CitationParser.parse(marker.group(1));
            if (numbers.isPresent() && numbers.get().stream().allMatch(newNumbers::containsKey)) {
                List<Integer> mapped = numbers.get().stream().map(newNumbers::get).toList();
                if (!mapped.equals(numbers.get())) {
                    replacement = "[" + written(mapped) + "]";
                }
            }
            marker.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        marker.appendTail(out);
        return out.toString();
    }

    /** 1,2,3,5 → "1-3,5"; 4,6 → "4,6". */
    static String written(List<Integer> numbers) {
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(numbers));
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(sorted.get(i) + "-" + sorted.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(sorted.get(k).toString());
                }
            }
            i = j + 1;
        }
        return String.join(",", parts);
    }
}
