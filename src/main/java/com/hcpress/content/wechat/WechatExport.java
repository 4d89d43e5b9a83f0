package com.hcpress.content.wechat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceFormatting;
import com.hcpress.content.rendering.InlineStyledRenderer;

/**
 * Writes an article for the WeChat editor: one {@code <section>} with the title, the source and
 * kind, the cover, the body, the source author's profile, the credits and the references, every
 * element styled inline. The references are paragraphs numbered "[1]", "[2]" in GB/T 7714, the
 * style of the Chinese readers of an official account: the WeChat editor renumbers or drops list
 * markers of pasted {@code <ol>}s, so the numbers are written out. Images point at the site's
 * public address.
 */
@Service
class WechatExport {

    private static final String SECTION = "max-width:677px;margin:0 auto;padding:0 4px;font-size:16px;"
            + "line-height:1.75;color:#333333;letter-spacing:0.5px;";
    private static final String TITLE = "margin:0 0 8px;font-size:22px;font-weight:bold;line-height:1.4;color:#222222;";
    private static final String META = "margin:0 0 20px;font-size:14px;color:#888888;line-height:1.6;";
    private static final String NOTE = "margin:0 0 16px;font-size:14px;color:#666666;line-height:1.6;";
    private static final String REFERENCE = "margin:0 0 6px;padding-left:2em;text-indent:-2em;font-size:13px;"
            + "line-height:1.6;color:#666666;word-wrap:break-word;";

    private final InlineStyledRenderer renderer;
    private final ReferenceFormatting referenceStyles;
    private final MessageSource messages;

    WechatExport(@Value("${hcpress.messages.public-url}") String publicUrl, ReferenceFormatting referenceStyles,
                 MessageSource messages) {
        this.renderer = new InlineStyledRenderer(publicUrl);
        this.referenceStyles = referenceStyles;
        this.messages = messages;
    }

    String html(ArticleDraft draft) {
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        StringBuilder out = new StringBuilder(8_192);
        out.append("<section style=\"").append(SECTION).append("\">");
        out.append("<h1 style=\"").append(TITLE).append("\">").append(escape(draft.title())).append("</h1>");
        String kind = messages.getMessage("article.kind." + draft.kind().param(), null, "", chinese);
        out.append("<p style=\"").append(META).append("\">")
                .append(escape(join(" · ", kind, draft.sourceLine(),
                        draft.publishedOn() == null ? null : draft.publishedOn().toString())))
                .append("</p>");
        if (draft.kind().namesASource() && draft.originalSource() != null) {
            out.append("<p style=\"").append(NOTE).append("\">")
                    .append(escape(messages.getMessage("wechat.source", null, chinese)))
                    .append(escape(draft.originalSource())).append("</p>");
        }
        if (draft.coverImageId() != null) {
            out.append("<p style=\"margin:0 0 16px;\"><img src=\"")
                    .append(escape(renderer.absolute("/images/" + draft.coverImageId())))
                    .append("\" alt=\"\" style=\"").append(InlineStyledRenderer.STYLES.get("img")).append("\"></p>");
        }
        Set<Integer> numbers = draft.references().stream().map(ReferenceData::number).collect(Collectors.toSet());
        out.append(renderer.render(draft.bodyMarkdown(), numbers));
        if (draft.expert() != null) {
            out.append(heading(messages.getMessage("wechat.expert", null, chinese)));
            out.append("<p style=\"").append(InlineStyledRenderer.STYLES.get("p")).append("\"><strong style=\"")
                    .append(InlineStyledRenderer.STYLES.get("strong")).append("\">").append(escape(draft.expert().name()))
                    .append("</strong>").append(draft.expert().affiliation() == null ? ""
                            : "　" + escape(draft.expert().affiliation())).append("</p>");
            out.append(renderer.render(draft.expert().profileMarkdown(), Set.of()));
        }
        String credits = credits(draft, chinese);
        if (!credits.isEmpty()) {
            out.append("<p style=\"").append(NOTE).append("\">").append(credits).append("</p>");
        }
        if (!draft.references().isEmpty()) {
            out.append(heading(messages.getMessage("article.references", null, chinese)));
            // Chinese readers' default is GB/T 7714, the style of an official account's readers.
            List<String> printed = referenceStyles.printed(draft.references(), chinese).texts();
            for (int i = 0; i < printed.size(); i++) {
                out.append("<p style=\"").append(REFERENCE).append("\">[").append(draft.references().get(i).number())
                        .append("] ").append(escape(printed.get(i))).append("</p>");
            }
        }
        out.append("</section>");
        return InlineStyledRenderer.sanitize(out.toString());
    }

    private String credits(ArticleDraft draft, Locale locale) {
        StringBuilder credits = new StringBuilder();
        credit(credits, messages.getMessage("article.author." + draft.kind().param(), null, "", locale), draft.authorCredit());
        credit(credits, messages.getMessage("article.reviewer", null, "", locale), draft.reviewerCredit());
        credit(credits, messages.getMessage("article.editor", null, "", locale), draft.editorCredit());
        return credits.toString();
    }

    private static void credit(StringBuilder credits, String label, String name) {
        if (name != null && !name.isBlank()) {
            if (credits.length() > 0) {
                credits.append("<br>");
            }
            credits.append(escape(label)).append(" | ").append(escape(name));
        }
    }

    private static String heading(String text) {
        return "<h2 style=\"" + InlineStyledRenderer.STYLES.get("h2") + "\">" + escape(text) + "</h2>";
    }

    private static String join(String separator, String... parts) {
        return java.util.Arrays.stream(parts).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(separator));
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
