package com.hcpress.content.rendering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Walks the parsed Markdown and turns bracketed numbers in plain text into {@link CitationMarker}s.
 * A marker naming a reference the article does not have stays plain text and becomes a warning
 * for the editor. Text inside links and code is left alone.
 */
final class CitationLinker extends AbstractVisitor {

    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]{1,60})]");

    private final Set<Integer> knownNumbers;
    private final Map<Integer, List<String>> citedAt = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private int markerCount;

    CitationLinker(Set<Integer> knownNumbers) {
        this.knownNumbers = knownNumbers;
    }

    Map<Integer, List<String>> citedAt() {
        return citedAt;
    }

    List<String> warnings() {
        return warnings;
    }

    @Override
    public void visit(Link link) {
        // Bracketed numbers inside link text are the link's own text, not citations.
    }

    @Override
    public void visit(Text text) {
        String literal = text.getLiteral();
        Matcher matcher = BRACKETED.matcher(literal);
        List<Node> replacement = new ArrayList<>();
        int plainFrom = 0;
        while (matcher.find()) {
            Optional<List<Integer>> numbers = CitationParser.parse(matcher.group(1));
            if (numbers.isEmpty()) {
                continue;
            }
            List<Integer> unknown = numbers.get().stream().filter(n -> !knownNumbers.contains(n)).toList();
            if (!unknown.isEmpty()) {
                warnings.add(matcher.group());
                continue;
            }
            if (matcher.start() > plainFrom) {
                replacement.add(new Text(literal.substring(plainFrom, matcher.start())));
            }
            String anchorId = "cite-" + (++markerCount);
            replacement.add(new CitationMarker(matcher.group(), numbers.get(), anchorId));
            numbers.get().forEach(n -> citedAt.computeIfAbsent(n, k -> new ArrayList<>()).add(anchorId));
            plainFrom = matcher.end();
        }
        if (replacement.isEmpty()) {
            return;
        }
        if (plainFrom < literal.length()) {
            replacement.add(new Text(literal.substring(plainFrom)));
        }
        for (Node node : replacement) {
            text.insertBefore(node);
        }
        text.unlink();
    }
}
