package com.hcpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleLeadTest {

    @Test
    void theFirstParagraphsTextWithReferencesDecodedAndCut() {
        assertThat(ArticleLead.of("<h2>标题</h2><p>TACE&#xff0c;HAIC &amp; <a href=\"#ref-1\">[1]</a> 治疗&#12290;</p><p>第二段</p>"))
                .isEqualTo("TACE，HAIC & [1] 治疗。");
        assertThat(ArticleLead.of("<p>" + "肝".repeat(200) + "</p>")).hasSize(121).endsWith("…");
        assertThat(ArticleLead.of("<ul><li>无段落</li></ul>")).isEmpty();
        assertThat(ArticleLead.of(null)).isEmpty();
    }
}
