package com.hcpress.search.web;

import org.springframework.web.util.HtmlUtils;

import com.hcpress.search.Snippet;

/** A snippet as HTML for API clients: every part escaped first, then the matches wrapped in mark. */
final class SnippetHtml {

    private SnippetHtml() {
    }

    static String of(Snippet snippet) {
        if (snippet == null) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        for (Snippet.Part part : snippet.parts()) {
            String escaped = HtmlUtils.htmlEscape(part.text());
            html.append(part.match() ? "<mark>" + escaped + "</mark>" : escaped);
        }
        return html.toString();
    }
}
