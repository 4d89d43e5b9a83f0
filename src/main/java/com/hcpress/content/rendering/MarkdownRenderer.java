package com.hcpress.content.rendering;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import com.hcpress.shared.markdown.HtmlSanitizer;

/**
 * Markdown to safe HTML: CommonMark with tables, raw HTML escaped, citation markers linked to the
 * article's references, an image alone in its paragraph drawn as a figure with its title as caption,
 * then the sanitiser. Thread-safe; meant to run once per revision.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(CitationMarkerRenderer::new)
            .nodeRendererFactory(FigureRenderer::new)
            .build();

    public RenderedMarkdown render(String markdown, Set<Integer> referenceNumbers) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        Figure.promote(document);
        CitationLinker linker = new CitationLinker(referenceNumbers);
        document.accept(linker);
        String html = HtmlSanitizer.sanitize(RENDERER.render(document));
        return new RenderedMarkdown(html, linker.citedAt(), linker.warnings());
    }

    /** Markdown without citations, e.g. an expert's profile. */
    public RenderedMarkdown renderPlain(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        return new RenderedMarkdown(HtmlSanitizer.sanitize(RENDERER.render(document)), Map.of(), List.of());
    }
}
