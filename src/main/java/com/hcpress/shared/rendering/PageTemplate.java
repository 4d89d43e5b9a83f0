package com.hcpress.shared.rendering;

import java.io.IOException;
import java.io.OutputStream;
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
 * CSRF token of the reader's session, and a fresh key for each comment form. Serving it is a copy
 * of bytes with those values in between.
 *
 * <p>Marks are written into the HTML by the rendering as {@code <prefix><kind>}, where kind is
 * {@code c} (CSRF token) or {@code k} (form key).
 */
public final class PageTemplate {

    private static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    private enum Hole { CSRF_TOKEN, FORM_KEY }

    /** The text before each hole, then the hole; the last text has no hole after it. */
    private record Piece(byte[] text, Hole hole) {
    }

    private final List<Piece> pieces;
    private final int fixedLength;

    private PageTemplate(List<Piece> pieces) {
        this.pieces = List.copyOf(pieces);
        this.fixedLength = pieces.stream().mapToInt(piece -> piece.text().length).sum();
    }

    /** Marks for a rendering: each is {@code prefix} and a kind letter. */
    record Marks(String prefix) {

        String csrfToken() {
            return prefix + "c";
        }

        String formKey() {
            return prefix + "k";
        }
    }

    /** Splits {@code html} at every mark. */
    static PageTemplate split(String html, Marks marks) {
        String prefix = marks.prefix();
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = html.indexOf(prefix, from)) >= 0) {
            int kindAt = at + prefix.length();
            char kind = kindAt < html.length() ? html.charAt(kindAt) : ' ';
            Hole hole = switch (kind) {
                case 'c' -> Hole.CSRF_TOKEN;
                case 'k' -> Hole.FORM_KEY;
                default -> throw new IllegalStateException("unknown mark at " + at);
            };
            pieces.add(new Piece(html.substring(from, at).getBytes(StandardCharsets.UTF_8), hole));
            from = kindAt + 1;
        }
        pieces.add(new Piece(html.substring(from).getBytes(StandardCharsets.UTF_8), null));
        return new PageTemplate(pieces);
    }

    /** How many bytes the page keeps, for a cache that counts its weight. */
    public int weight() {
        return fixedLength;
    }

    /** The page with every token hole filled with {@code csrfToken} and each key hole with a new key. */
    byte[] fill(String csrfToken, Supplier<String> formKeys) {
        List<byte[]> chunks = chunks(csrfToken, formKeys);
        int length = 0;
        for (byte[] chunk : chunks) {
            length += chunk.length;
        }
        byte[] page = new byte[length];
        int at = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, page, at, chunk.length);
            at += chunk.length;
        }
        return page;
    }

    /** The kept pieces with the holes between them filled, in order. */
    private List<byte[]> chunks(String csrfToken, Supplier<String> formKeys) {
        byte[] token = csrfToken.getBytes(StandardCharsets.UTF_8);
        List<byte[]> chunks = new ArrayList<>(pieces.size() * 2);
        for (Piece piece : pieces) {
            chunks.add(piece.text());
            if (piece.hole() != null) {
                chunks.add(piece.hole() == Hole.CSRF_TOKEN ? token : formKeys.get().getBytes(StandardCharsets.UTF_8));
            }
        }
        return chunks;
    }

    /** A view writing this page with the request's CSRF token and new form keys from {@code formKeys}. */
    public View view(Supplier<String> csrfToken, Supplier<String> formKeys) {
        return new View() {
            @Override
            public String getContentType() {
                return CONTENT_TYPE;
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                // Written piece by piece: the page is not copied into one array first.
                List<byte[]> chunks = chunks(csrfToken.get(), formKeys);
                int length = 0;
                for (byte[] chunk : chunks) {
                    length += chunk.length;
                }
                response.setContentType(CONTENT_TYPE);
                response.setContentLength(length);
                OutputStream out = response.getOutputStream();
                for (byte[] chunk : chunks) {
                    out.write(chunk);
                }
            }
        };
    }
}
