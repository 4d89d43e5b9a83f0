package com.hcpress.reading.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleOutlineTest {

    @Test
    void headingsGetAnchorsAndTheirTextWithoutCitations() {
        ArticleOutline outline = ArticleOutline.of("<p>引言</p><h2>背景 &amp; 目的<sup class=\"cite\" id=\"cite-1\">"
                + "<a href=\"#ref-1\">[1]</a></sup></h2><p>正文</p><h3><em>OS</em> 获益</h3><h4>不列入</h4>");

        assertThat(outline.headings()).containsExactly(
                new ArticleOutline.Heading("section-1", 2, "背景 &amp; 目的"),
                new ArticleOutline.Heading("section-2", 3, "OS 获益"));
        assertThat(outline.bodyHtml()).contains("<h2 id=\"section-1\">背景 &amp; 目的<sup class=\"cite\"",
                "<h3 id=\"section-2\"><em>OS</em> 获益</h3>", "<h4>不列入</h4>");
        assertThat(outline.worthShowing()).isTrue();
    }

    @Test
    void aBodyWithOneHeadingHasNoContentsWorthShowing() {
        assertThat(ArticleOutline.of("<h2>只有一节</h2><p>正文</p>").worthShowing()).isFalse();
        assertThat(ArticleOutline.of("<p>没有标题</p>").headings()).isEmpty();
    }
}
