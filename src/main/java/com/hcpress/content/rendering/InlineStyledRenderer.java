package com.hcpress.content.rendering;

import java.util.Map;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.CssSchema;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown rendered for pasting into editors that keep no style sheet (the WeChat official-account
 * editor): every element carries its look in a {@code style} attribute, citation markers are plain
 * superscripts (no anchors to follow there), and images point at absolute addresses. Raw HTML in
 * the Markdown is escaped, as on the site, and the result passes a whitelist that keeps only these
 * elements and a fixed set of CSS properties.
 */
public final class InlineStyledRenderer {

    public static final String ACCENT = "#0b6e4f";

    /** The look of each element; a WeChat article reads best at 15-16 px with generous line height. */
    public static final Map<String, String> STYLES = Map.ofEntries(
            Map.entry("p", "margin:0 0 16px;line-height:1.75;font-size:16px;color:#333333;text-align:justify;"),
            Map.entry("h1", "margin:24px 0 12px;font-size:20px;font-weight:bold;color:#222222;line-height:1.4;"),
            Map.entry("h2", "margin:28px 0 12px;padding-left:8px;border-left:4px solid " + ACCENT
                    + ";font-size:18px;font-weight:bold;color:#222222;line-height:1.4;"),
            Map.entry("h3", "margin:20px 0 10px;font-size:17px;font-weight:bold;color:#222222;line-height:1.4;"),
            Map.entry("h4", "margin:16px 0 8px;font-size:16px;font-weight:bold;color:#222222;"),
            Map.entry("h5", "margin:16px 0 8px;font-size:16px;font-weight:bold;color:#222222;"),
            Map.entry("h6", "margin:16px 0 8px;font-size:16px;font-weight:bold;color:#222222;"),
            Map.entry("ul", "margin:0 0 16px;padding-left:24px;font-size:16px;color:#333333;line-height:1.75;"),
            Map.entry("ol", "margin:0 0 16px;padding-left:24px;font-size:16px;color:#333333;line-height:1.75;"),
            Map.entry("li", "margin:0 0 6px;"),
            Map.entry("blockquote", "margin:0 0 16px;padding:8px 12px;border-left:3px solid #cccccc;"
                    + "background-color:#f7f7f7;color:#666666;"),
            Map.entry("table", "width:100%;margin:0 0 16px;border-collapse:collapse;font-size:14px;line-height:1.5;"),
            Map.entry("th", "border:1px solid #dddddd;padding:6px 8px;background-color:#eef5f2;font-weight:bold;"),
            Map.entry("td", "border:1px solid #dddddd;padding:6px 8px;"),
            Map.entry("img", "display:block;max-width:100%;height:auto;margin:12px auto;"),
            Map.entry("a", "color:" + ACCENT + ";text-decoration:none;"),
            Map.entry("code", "padding:2px 4px;background-color:#f4f4f4;font-size:14px;font-family:Menlo,Consolas,monospace;"),
            Map.entry("pre", "margin:0 0 16px;padding:12px;background-color:#f4f4f4;font-size:13px;line-height:1.5;"
                    + "white-space:pre-wrap;word-wrap:break-word;"),
            Map.entry("hr", "margin:24px 0;border:0;border-top:1px solid #e5e5e5;"),
            Map.entry("strong", "font-weight:bold;color:#222222;"),
            Map.entry("sup", "font-size:12px;line-height:0;color:" + ACCENT + ";"));

    private static final java.util.List<Extension> EXTENSIONS = java.util.List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li",
                    "em", "strong", "del", "code", "pre", "sup", "sub", "a", "img", "table", "thead", "tbody", "tr",
                    "th", "td", "section", "span")
            .allowUrlProtocols("https", "http")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src").matching(java.util.regex.Pattern.compile("^https?://[^\\s\"'<>]+$")).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("start").matching(java.util.regex.Pattern.compile("^\\d{1,6}$")).onElements("ol")
            .allowStyling(CssSchema.withProperties(Set.of("margin", "margin-top", "margin-bottom", "padding", "padding-left",
                    "border", "border-left", "border-top", "border-collapse", "background-color", "color", "font-size",
                    "font-weight", "font-family", "line-height", "text-align", "text-decoration", "text-indent", "width",
                    "max-width", "height", "display", "white-space", "word-wrap", "letter-spacing")))
            .toFactory();

    private final String imageBase;

    /** {@code publicUrl}: where HCPress is reached from outside, e.g. "https://hcpress.example". */
    public InlineStyledRenderer(String publicUrl) {
        this.imageBase = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
    }

    public String render(String markdown, Set<Integer> referenceNumbers) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        document.accept(new CitationLinker(referenceNumbers));
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .nodeRendererFactory(PlainCitation::new)
                .attributeProviderFactory(context -> new Styles())
                .build();
        return sanitize(renderer.render(document));
    }

    /** The whitelist for a whole export: the elements above, inline styles of the listed properties. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** An address on the site ("/images/42") as an absolute one; others as they are. */
    public String absolute(String src) {
        return src != null && src.startsWith("/") && !src.startsWith("//") ? imageBase + src : src;
    }

    private final class Styles implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            String style = STYLES.get(tagName);
            if ("code".equals(tagName) && !(node instanceof Code)) {
                style = "font-family:Menlo,Consolas,monospace;";
            }
            if (style != null) {
                attributes.put("style", style);
            }
            if (node instanceof Image) {
                attributes.put("src", absolute(attributes.get("src")));
            }
        }
    }

    /** A citation as a plain superscript "[5,6]": the editor it is pasted into keeps no anchors. */
    private static final class PlainCitation implements NodeRenderer {

        private final HtmlWriter html;

        PlainCitation(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(CitationMarker.class);
        }

        @Override
        public void render(Node node) {
            CitationMarker marker = (CitationMarker) node;
            html.tag("sup", Map.of("style", STYLES.get("sup")));
            html.text("[" + CitationRenumbering.written(marker.numbers()).replace("-", "–") + "]");
            html.tag("/sup");
        }
    }
}
