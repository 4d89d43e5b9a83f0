package com.hcpress.content.rendering;

import java.util.List;

import org.commonmark.node.CustomNode;

/** A citation such as [5,6] found in the text; {@code anchorId} is where references link back to. */
final class CitationMarker extends CustomNode {

    private final String source;
    private final List<Integer> numbers;
    private final String anchorId;

    CitationMarker(String source, List<Integer> numbers, String anchorId) {
        this.source = source;
        this.numbers = numbers;
        this.anchorId = anchorId;
    }

    String source() {
        return source;
    }

    List<Integer> numbers() {
        return numbers;
    }

    String anchorId() {
        return anchorId;
    }
}
