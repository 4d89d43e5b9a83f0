package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsTheWordsOfInlineMarkupTogetherAndSeparatesBlocks() {
        String html = "<p><strong>EMERALD-1。</strong>该研究<sup class=\"cite\" id=\"cite-4\"><a href=\"#ref-4\">[4]</a></sup>"
                + "显示</p><ul><li>TACE</li><li>HAIC</li></ul><table><tr><td>PFS</td><td>15.0</td></tr></table>";

        assertThat(HtmlText.of(html)).isEqualTo("EMERALD-1。该研究[4]显示 TACE HAIC PFS 15.0");
    }

    @Test
    void decodesEntities() {
        assertThat(HtmlText.of("<p>HR&#61;0.77 &amp; P&lt;0.05 &#x4e2d; &quot;OS&quot;</p>"))
                .isEqualTo("HR=0.77 & P<0.05 中 \"OS\"");
    }

    @Test
    void nothingGivesEmptyText() {
        assertThat(HtmlText.of(null)).isEmpty();
        assertThat(HtmlText.of("<p> </p>")).isEmpty();
    }
}
