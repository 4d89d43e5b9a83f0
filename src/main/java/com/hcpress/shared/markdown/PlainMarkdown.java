package com.hcpress.shared.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Markdown without extensions (legal texts, profiles) to sanitised HTML. */
public final class PlainMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private PlainMarkdown() {
    }

    public static String toSafeHtml(String markdown) {
        return HtmlSanitizer.sanitize(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }
}
