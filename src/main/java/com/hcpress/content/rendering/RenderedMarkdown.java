package com.hcpress.content.rendering;

import java.util.List;
import java.util.Map;

/**
 * Sanitised HTML with, for each reference number, the ids of the markers citing it, and the
 * problems an editor should fix (e.g. a citation of a reference that does not exist).
 */
public record RenderedMarkdown(String html, Map<Integer, List<String>> citedAt, List<String> warnings) {

    public RenderedMarkdown {
        citedAt = Map.copyOf(citedAt);
        warnings = List.copyOf(warnings);
    }
}
