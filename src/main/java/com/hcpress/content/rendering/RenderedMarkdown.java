package com.hcpress.content.rendering;

import java.util.List;
import java.util.Map;

/**
 * Sanitised HTML with, for each reference number, the ids of the markers citing it, and the
 * citations that name a reference the list lacks, each as written (e.g. {@code [15]}), for the
 * editor to fix: such an article cannot be published.
 */
public record RenderedMarkdown(String html, Map<Integer, List<String>> citedAt, List<String> warnings) {

    public RenderedMarkdown {
        citedAt = Map.copyOf(citedAt);
        warnings = List.copyOf(warnings);
    }
}
