package com.hcpress.content.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.View;

/**
 * A rendered page kept as UTF-8 bytes, with a hole wherever each response needs the CSRF token of
 * the reader's session. Serving it is a copy of bytes with the token in between.
 *
 * <p>The mark of a hole is written into the HTML by the rendering as {@code <prefix>c}.
 */
final class PageTemplate {

    private static final String CONTENT_TYPE = "text/html;charset=UTF-8";
    private static final byte[] TOKEN_HOLE = new byte[0];

    /** The text between holes: each hole is where a token goes. */
    private final List<byte[]> texts;
    private final int fixedLength;

    private PageTemplate(List<byte[]> texts) {
        this.texts = List.copyOf(texts);
        this.fixedLength = texts.stream().mapToInt(text -> text.length).sum();
    }

    /** Marks for a rendering: each is {@code prefix} and a kind letter. */
    record Marks(String prefix) {

        String csrfToken() {
            return prefix + "c";
        }
    }

    /** Splits {@code html} at every mark. */
    static PageTemplate split(String html, Marks marks) {
        String mark = marks.csrfToken();
        List<byte[]> texts = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = html.indexOf(mark, from)) >= 0) {
            texts.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
            from = at + mark.length();
        }
        texts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        return new PageTemplate(texts);
    }

    /** How many bytes the page keeps, for a cache that counts its weight. */
    int weight() {
        return fixedLength;
    }

    /** The page with every hole filled with {@code csrfToken}. */
    byte[] fill(String csrfToken) {
        byte[] token = csrfToken.getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[fixedLength + token.length * (texts.size() - 1)];
        int at = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                System.arraycopy(token, 0, page, at, token.length);
                at += token.length;
            }
            byte[] text = texts.get(i);
            System.arraycopy(text, 0, page, at, text.length);
            at += text.length;
        }
        return page;
    }

    /** A view writing this page with the token the request's CSRF filter gave it. */
    View view(Supplier<String> csrfToken) {
        return new View() {
            @Override
            public String getContentType() {
                return CONTENT_TYPE;
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                byte[] page = fill(csrfToken.get());
                response.setContentType(CONTENT_TYPE);
                response.setContentLength(page.length);
                response.getOutputStream().write(page);
            }
        };
    }
}
