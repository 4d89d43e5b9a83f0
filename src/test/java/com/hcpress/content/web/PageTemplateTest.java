package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PageTemplateTest {

    private static final PageTemplate.Marks MARKS = new PageTemplate.Marks("hMARK");

    @Test
    void everyHoleIsFilledWithTheToken() {
        PageTemplate page = PageTemplate.split("<meta content=\"hMARKc\"><input value=\"hMARKc\">", MARKS);

        assertThat(filled(page)).isEqualTo("<meta content=\"T\"><input value=\"T\">");
    }

    @Test
    void textAroundIsKeptByteForByte() {
        String html = "肝癌 · HAIC “FOLFOX” — 介入治疗";

        assertThat(filled(PageTemplate.split(html, MARKS))).isEqualTo(html);
        assertThat(PageTemplate.split(html, MARKS).weight()).isEqualTo(html.getBytes(StandardCharsets.UTF_8).length);
    }

    private static String filled(PageTemplate page) {
        return new String(page.fill("T"), StandardCharsets.UTF_8);
    }
}
