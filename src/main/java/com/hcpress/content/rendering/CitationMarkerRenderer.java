package com.hcpress.content.rendering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a marker as a superscript with a link per number: [5,6]; runs of three or more are
 * written as ranges [10–12] whose ends are linked (the numbers between link back to the marker).
 */
final class CitationMarkerRenderer implements NodeRenderer {

    private final HtmlWriter html;

    CitationMarkerRenderer(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(CitationMarker.class);
    }

    @Override
    public void render(Node node) {
        CitationMarker marker = (CitationMarker) node;
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("id", marker.anchorId());
        attributes.put("class", "cite");
        html.tag("sup", attributes);
        html.text("[");
        List<int[]> runs = runs(marker.numbers());
        for (int i = 0; i < runs.size(); i++) {
            if (i > 0) {
                html.text(",");
            }
            int[] run = runs.get(i);
            link(run[0]);
            if (run[1] - run[0] >= 2) {
                html.text("–");
                link(run[1]);
            } else if (run[1] != run[0]) {
                html.text(",");
                link(run[1]);
            }
        }
        html.text("]");
        html.tag("/sup");
    }

    private void link(int number) {
        html.tag("a", Map.of("href", "#ref-" + number));
        html.text(Integer.toString(number));
        html.tag("/a");
    }

    /** Consecutive numbers grouped as [first, last]. */
    private static List<int[]> runs(List<Integer> numbers) {
        List<int[]> runs = new ArrayList<>();
        for (int number : numbers) {
            int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1] == number - 1) {
                last[1] = number;
            } else {
                runs.add(new int[] {number, number});
            }
        }
        return runs;
    }
}
