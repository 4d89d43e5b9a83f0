package com.hcpress.shared.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class PageTemplateTest {

    private static final PageTemplate.Marks MARKS = new PageTemplate.Marks("hMARK");
    private final AtomicInteger keys = new AtomicInteger();
    private final Supplier<String> formKeys = () -> "key" + keys.incrementAndGet();

    @Test
    void holesAreFilledWithTheTokenAndANewKeyEach() {
        PageTemplate page = PageTemplate.split("<meta content=\"hMARKc\"><input value=\"hMARKk\"><input value=\"hMARKk\">"
                + "<input value=\"hMARKc\">", MARKS);

        assertThat(filled(page)).isEqualTo("<meta content=\"T\"><input value=\"key1\"><input value=\"key2\">"
                + "<input value=\"T\">");
    }

    @Test
    void textAroundIsKeptByteForByte() {
        String html = "肝癌 · HAIC “FOLFOX” — 介入治疗";

        assertThat(filled(PageTemplate.split(html, MARKS))).isEqualTo(html);
        assertThat(PageTemplate.split(html, MARKS).weight()).isEqualTo(html.getBytes(StandardCharsets.UTF_8).length);
    }

    private String filled(PageTemplate page) {
        return new String(page.fill("T", formKeys), StandardCharsets.UTF_8);
    }
}
