package com.hcpress.content.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The WeChat rendering keeps every style it writes, and nothing a Markdown author could smuggle in. */
class InlineStyledRendererTest {

    private final InlineStyledRenderer renderer = new InlineStyledRenderer("https://hcpress.example/");

    @Test
    void everyElementKeepsItsInlineStyleThroughTheWhitelist() {
        String html = renderer.render("""
                ## 介入治疗

                TACE [1]，联合 [1-3]。**重点** `code`

                > 引文

                | a | b |
                |---|---|
                | 1 | 2 |

                ![](/images/42)
                """, Set.of(1, 2, 3));
        for (Map.Entry<String, String> style : InlineStyledRenderer.STYLES.entrySet()) {
            if (html.contains("<" + style.getKey() + " ") && !style.getValue().contains("font-family")) {
                // The whitelist writes the declarations back without the last semicolon.
                String kept = style.getValue().replaceAll(";$", "");
                assertThat(html).as(style.getKey()).containsPattern("<" + style.getKey() + " [^>]*style=\""
                        + java.util.regex.Pattern.quote(kept) + "\"");
            }
        }
        assertThat(html).contains("<h2 style=\"", "border-left:4px solid #0b6e4f", "<table style=\"", "<td style=\"");
        assertThat(html).contains("<img src=\"https://hcpress.example/images/42\"", ">[1]</sup>", ">[1–3]</sup>")
                .doesNotContain("href=\"#ref-", "class=", "id=");
    }

    @Test
    void rawHtmlAndScriptsNeverPass() {
        String html = renderer.render("<script>alert(1)</script> <span style=\"position:fixed\">x</span> "
                + "[a](javascript:alert(1))", Set.of());
        assertThat(html).doesNotContain("<script", "<span", "style=\"position", "href=\"javascript");
        assertThat(InlineStyledRenderer.sanitize("<p style=\"position:fixed;color:#333333\" onclick=\"x()\">y</p>"))
                .isEqualTo("<p style=\"color:#333333\">y</p>");
    }
}
