package com.hcpress.search.web;

import org.springframework.web.util.HtmlUtils;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import com.hcpress.search.Snippet;

/** A snippet as HTML for API clients: every part escaped first, then the matches wrapped in mark. */
final class SnippetHtml {

    /**
     * The HTML per snippet, the snippet compared by identity: a kept search answer hands the same
     * snippets to every reader, so each is escaped once while it is kept. Nothing goes stale (the
     * HTML follows from the snippet alone); an entry goes with its snippet.
     */
    private static final Cache<Snippet, String> HTML = Caffeine.newBuilder().weakKeys().maximumSize(20_000).build();

    private SnippetHtml() {
    }

    static String of(Snippet snippet) {
        if (snippet == null) {
            return null;
        }
        return HTML.get(snippet, SnippetHtml::html);
    }

    private static String html(Snippet snippet) {
        StringBuilder html = new StringBuilder();
        for (Snippet.Part part : snippet.parts()) {
            String escaped = HtmlUtils.htmlEscape(part.text());
            html.append(part.match() ? "<mark>" + escaped + "</mark>" : escaped);
        }
        return html.toString();
    }
}
