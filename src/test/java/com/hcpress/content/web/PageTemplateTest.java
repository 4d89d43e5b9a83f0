package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
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

        assertThat(filled(page, Map.of())).isEqualTo("<meta content=\"T\"><input value=\"key1\"><input value=\"key2\">"
                + "<input value=\"T\">");
    }

    @Test
    void aReadersOwnActionsReplaceTheSharedOnesOfThatCommentOnly() {
        PageTemplate page = PageTemplate.split("<li>hMARKs7.<div>like 7</div>hMARKe</li><li>hMARKs8.<div>like 8 hMARKc</div>hMARKe</li>",
                MARKS);
        PageTemplate own = PageTemplate.split("<div>unlike 8 hMARKc hMARKk</div>", MARKS);

        assertThat(filled(page, Map.of())).isEqualTo("<li><div>like 7</div></li><li><div>like 8 T</div></li>");
        assertThat(filled(page, Map.of(8L, own))).isEqualTo("<li><div>like 7</div></li><li><div>unlike 8 T key1</div></li>");
    }

    @Test
    void textAroundIsKeptByteForByte() {
        String html = "肝癌 · HAIC “FOLFOX” — 介入治疗";

        assertThat(filled(PageTemplate.split(html, MARKS), Map.of())).isEqualTo(html);
    }

    private String filled(PageTemplate page, Map<Long, PageTemplate> own) {
        return new String(page.fill("T", formKeys, own), StandardCharsets.UTF_8);
    }
}
