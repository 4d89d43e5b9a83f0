package com.hcpress.content.rendering;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Writes a {@link Figure}: the image, lazily loaded, and its caption when there is one. */
final class FigureRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    FigureRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Figure.class);
    }

    @Override
    public void render(Node node) {
        Figure figure = (Figure) node;
        html.line();
        html.tag("figure");
        Map<String, String> image = new LinkedHashMap<>();
        image.put("src", context.encodeUrl(figure.destination()));
        image.put("alt", figure.alt());
        html.tag("img", image, true);
        if (!figure.caption().isEmpty()) {
            html.tag("figcaption");
            html.text(figure.caption());
            html.tag("/figcaption");
        }
        html.tag("/figure");
        html.line();
    }
}
