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
 * CSRF token of the reader's session and a fresh key for each comment form. Each comment's actions
 * (like button, own-comment controls) are marked too, so that one reader's view of them can
 * replace the shared one. Serving it is a copy of bytes with those values in between.
 *
 * <p>Marks are written into the HTML by the rendering as {@code <prefix><kind>}, where kind is
 * {@code c} (CSRF token), {@code k} (form key), {@code s<comment id>.} (a comment's actions start)
 * or {@code e} (they end).
 */
final class PageTemplate {

    private static final String CONTENT_TYPE = "text/html;charset=UTF-8";
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[0]);

    private enum Kind { TEXT, CSRF_TOKEN, FORM_KEY, ACTIONS_START, ACTIONS_END }

    private record Piece(Kind kind, byte[] text, long commentId) {
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

        String actionsStart() {
            return prefix + "s";
        }

        String actionsEnd() {
            return prefix + "e";
        }
    }

    /** Splits {@code html} at every mark. */
    static PageTemplate split(String html, Marks marks) {
        String prefix = marks.prefix();
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = html.indexOf(prefix, from)) >= 0) {
            pieces.add(text(html.substring(from, at)));
            int kindAt = at + prefix.length();
            char kind = kindAt < html.length() ? html.charAt(kindAt) : ' ';
            from = kindAt + 1;
            switch (kind) {
                case 'c' -> pieces.add(new Piece(Kind.CSRF_TOKEN, new byte[0], 0));
                case 'k' -> pieces.add(new Piece(Kind.FORM_KEY, new byte[0], 0));
                case 'e' -> pieces.add(new Piece(Kind.ACTIONS_END, new byte[0], 0));
                case 's' -> {
                    int dot = html.indexOf('.', from);
                    pieces.add(new Piece(Kind.ACTIONS_START, new byte[0], Long.parseLong(html.substring(from, dot))));
                    from = dot + 1;
                }
                default -> throw new IllegalStateException("unknown mark at " + at);
            }
        }
        pieces.add(text(html.substring(from)));
        return new PageTemplate(pieces);
    }

    private static Piece text(String text) {
        return new Piece(Kind.TEXT, text.getBytes(StandardCharsets.UTF_8), 0);
    }

    /**
     * The page with its holes filled: the CSRF token given, a new key from {@code formKeys} for
     * each form, and the actions of the comments in {@code ownActions} replaced by those.
     */
    byte[] fill(String csrfToken, Supplier<String> formKeys, Map<Long, PageTemplate> ownActions) {
        Chunks chunks = chunks(csrfToken, formKeys, ownActions);
        byte[] page = new byte[chunks.length];
        chunks.copyTo(page);
        return page;
    }

    /** The filled page as the list of byte arrays it is made of, none of them copied. */
    private Chunks chunks(String csrfToken, Supplier<String> formKeys, Map<Long, PageTemplate> ownActions) {
        Chunks chunks = new Chunks(pieces.size());
        collect(chunks, csrfToken.getBytes(StandardCharsets.UTF_8), formKeys, ownActions);
        return chunks;
    }

    private void collect(Chunks chunks, byte[] token, Supplier<String> formKeys, Map<Long, PageTemplate> ownActions) {
        boolean skipping = false;
        for (Piece piece : pieces) {
            switch (piece.kind()) {
                case ACTIONS_START -> {
                    PageTemplate own = ownActions.get(piece.commentId());
                    if (own != null) {
                        own.collect(chunks, token, formKeys, Map.of());
                        skipping = true;
                    }
                }
                case ACTIONS_END -> skipping = false;
                case TEXT -> {
                    if (!skipping) {
                        chunks.add(piece.text());
                    }
                }
                case CSRF_TOKEN -> {
                    if (!skipping) {
                        chunks.add(token);
                    }
                }
                case FORM_KEY -> {
                    if (!skipping) {
                        chunks.add(formKeys.get().getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
    }

    /** A view writing this page with the request's CSRF token and the reader's own comment actions. */
    View view(Supplier<String> csrfToken, Supplier<String> formKeys, Map<Long, PageTemplate> ownActions) {
        return new View() {
            @Override
            public String getContentType() {
                return CONTENT_TYPE;
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                // One write of the whole page (a write per piece cost more in the container than the
                // copy), from a buffer of the request thread's own: the container has copied or sent
                // the bytes when the write returns, so the page allocates nothing that size.
                Chunks page = chunks(csrfToken.get(), formKeys, ownActions);
                byte[] buffer = BUFFERS.get();
                if (buffer.length < page.length) {
                    buffer = new byte[page.length + 16 * 1024];
                    BUFFERS.set(buffer);
                }
                page.copyTo(buffer);
                response.setContentType(CONTENT_TYPE);
                response.setContentLength(page.length);
                response.getOutputStream().write(buffer, 0, page.length);
            }
        };
    }

    private static final class Chunks {

        final List<byte[]> list;
        int length;

        Chunks(int expected) {
            list = new ArrayList<>(expected);
        }

        void add(byte[] chunk) {
            list.add(chunk);
            length += chunk.length;
        }

        void copyTo(byte[] target) {
            int at = 0;
            for (byte[] chunk : list) {
                System.arraycopy(chunk, 0, target, at, chunk.length);
                at += chunk.length;
            }
        }
    }
}
