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
 * A rendered page kept as UTF-8 bytes, with holes where each response needs its own value: the
 * CSRF token of the reader's session and a fresh key for each comment form. Serving it is a copy of
 * bytes with those values in between.
 */
final class PageTemplate {

    enum Hole { CSRF_TOKEN, FORM_KEY }

    private static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    /** The bytes between the holes: one more than there are holes. */
    private final List<byte[]> parts;
    private final List<Hole> holes;
    private final int fixedLength;

    private PageTemplate(List<byte[]> parts, List<Hole> holes) {
        this.parts = List.copyOf(parts);
        this.holes = List.copyOf(holes);
        this.fixedLength = parts.stream().mapToInt(part -> part.length).sum();
    }

    /** Splits {@code html} at every occurrence of the given marks. */
    static PageTemplate split(String html, Map<String, Hole> marks) {
        List<byte[]> parts = new ArrayList<>();
        List<Hole> holes = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = -1;
            String found = null;
            for (String mark : marks.keySet()) {
                int index = html.indexOf(mark, from);
                if (index >= 0 && (at < 0 || index < at)) {
                    at = index;
                    found = mark;
                }
            }
            if (found == null) {
                parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
                return new PageTemplate(parts, holes);
            }
            parts.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
            holes.add(marks.get(found));
            from = at + found.length();
        }
    }

    int holes(Hole kind) {
        return (int) holes.stream().filter(kind::equals).count();
    }

    /** The page with its holes filled: the CSRF token given, and a new key from {@code formKeys} for each form. */
    byte[] fill(String csrfToken, Supplier<String> formKeys) {
        byte[][] values = new byte[holes.size()][];
        int length = fixedLength;
        byte[] token = csrfToken.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < values.length; i++) {
            values[i] = holes.get(i) == Hole.CSRF_TOKEN ? token : formKeys.get().getBytes(StandardCharsets.UTF_8);
            length += values[i].length;
        }
        byte[] page = new byte[length];
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            byte[] part = parts.get(i);
            System.arraycopy(part, 0, page, at, part.length);
            at += part.length;
            if (i < values.length) {
                System.arraycopy(values[i], 0, page, at, values[i].length);
                at += values[i].length;
            }
        }
        return page;
    }

    /** A view writing this page with the request's CSRF token. */
    View view(Supplier<String> csrfToken, Supplier<String> formKeys) {
        return new View() {
            @Override
            public String getContentType() {
                return CONTENT_TYPE;
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                byte[] page = fill(csrfToken.get(), formKeys);
                response.setContentType(CONTENT_TYPE);
                response.setContentLength(page.length);
                response.getOutputStream().write(page);
            }
        };
    }
}
