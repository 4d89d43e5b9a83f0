package com.hcpress.shared.rendering;

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

        assertThat(filled(page)).isEqualTo("<meta content=\"T\"><input value=\"key1\"><input value=\"key2\">"
                + "<input value=\"T\">");
    }

    @Test
    void textAroundIsKeptByteForByte() {
        String html = "肝癌 · HAIC “FOLFOX” — 介入治疗";

        assertThat(filled(PageTemplate.split(html, MARKS))).isEqualTo(html);
        assertThat(PageTemplate.split(html, MARKS).weight()).isEqualTo(html.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aRegionNamedByTheResponseIsReplacedWithItsHoles() {
        String html = "<li>a hMARKr7;<form><input value=\"hMARKc\"><input value=\"hMARKk\"></form>hMARKe</li>"
                + "<li>b hMARKr8;<form><input value=\"hMARKk\"></form>hMARKe</li>";
        PageTemplate page = PageTemplate.split(html, MARKS);

        assertThat(new String(page.fill("T", formKeys, Map.of(7L, "<form>own</form>")), StandardCharsets.UTF_8))
                .isEqualTo("<li>a <form>own</form></li><li>b <form><input value=\"key1\"></form></li>");
        assertThat(filled(page)).isEqualTo("<li>a <form><input value=\"T\"><input value=\"key2\"></form></li>"
                + "<li>b <form><input value=\"key3\"></form></li>");
    }

    private String filled(PageTemplate page) {
        return new String(page.fill("T", formKeys), StandardCharsets.UTF_8);
    }
}
