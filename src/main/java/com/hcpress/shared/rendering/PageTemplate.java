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
 * of bytes with those values in between. Parts of the page may be marked as regions, by id, which a
 * response may replace with HTML of its own (a reader's own controls on a comment they wrote or
 * liked); a region not replaced is served as kept.
 *
 * <p>Marks are written into the HTML by the rendering as {@code <prefix><kind>}, where kind is
 * {@code c} (CSRF token), {@code k} (form key), {@code r<id>;} (a region starts) or {@code e}
 * (it ends). Regions do not nest.
 */
public final class PageTemplate {

    private static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    private enum Hole { CSRF_TOKEN, FORM_KEY, REGION_START, REGION_END }

    /** The text before each hole, then the hole ({@code region}: the id of a region starting); the last text has no hole after it. */
    private record Piece(byte[] text, Hole hole, long region) {
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

        String regionStart(long id) {
            return prefix + "r" + id + ";";
        }

        String regionEnd() {
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
            int kindAt = at + prefix.length();
            char kind = kindAt < html.length() ? html.charAt(kindAt) : ' ';
            Hole hole = switch (kind) {
                case 'c' -> Hole.CSRF_TOKEN;
                case 'k' -> Hole.FORM_KEY;
                case 'r' -> Hole.REGION_START;
                case 'e' -> Hole.REGION_END;
                default -> throw new IllegalStateException("unknown mark at " + at);
            };
            long region = 0;
            int next = kindAt + 1;
            if (hole == Hole.REGION_START) {
                int end = html.indexOf(';', next);
                if (end < 0) {
                    throw new IllegalStateException("unfinished region mark at " + at);
                }
                region = Long.parseLong(html.substring(next, end));
                next = end + 1;
            }
            pieces.add(new Piece(html.substring(from, at).getBytes(StandardCharsets.UTF_8), hole, region));
            from = next;
        }
        pieces.add(new Piece(html.substring(from).getBytes(StandardCharsets.UTF_8), null, 0));
        return new PageTemplate(pieces);
    }

    /** How many bytes the page keeps, for a cache that counts its weight. */
    public int weight() {
        return fixedLength;
    }

    /** The page with every token hole filled with {@code csrfToken} and each key hole with a new key. */
    byte[] fill(String csrfToken, Supplier<String> formKeys) {
        return fill(csrfToken, formKeys, Map.of());
    }

    /** As {@link #fill(String, Supplier)}, with the regions named in {@code ownRegions} replaced by their HTML. */
    byte[] fill(String csrfToken, Supplier<String> formKeys, Map<Long, String> ownRegions) {
        List<byte[]> chunks = chunks(csrfToken, formKeys, ownRegions);
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

    /** The kept pieces with the holes between them filled and the regions in {@code ownRegions} replaced, in order. */
    private List<byte[]> chunks(String csrfToken, Supplier<String> formKeys, Map<Long, String> ownRegions) {
        byte[] token = csrfToken.getBytes(StandardCharsets.UTF_8);
        List<byte[]> chunks = new ArrayList<>(pieces.size() * 2);
        boolean replaced = false;
        for (Piece piece : pieces) {
            if (!replaced) {
                chunks.add(piece.text());
            }
            if (piece.hole() == null) {
                continue;
            }
            switch (piece.hole()) {
                case CSRF_TOKEN -> {
                    if (!replaced) {
                        chunks.add(token);
                    }
                }
                case FORM_KEY -> {
                    if (!replaced) {
                        chunks.add(formKeys.get().getBytes(StandardCharsets.UTF_8));
                    }
                }
                case REGION_START -> {
                    String own = ownRegions.get(piece.region());
                    if (own != null) {
                        chunks.add(own.getBytes(StandardCharsets.UTF_8));
                        replaced = true;
                    }
                }
                case REGION_END -> replaced = false;
                default -> throw new IllegalStateException("unknown hole " + piece.hole());
            }
        }
        return chunks;
    }

    /** A view writing this page with the request's CSRF token and new form keys from {@code formKeys}. */
    public View view(Supplier<String> csrfToken, Supplier<String> formKeys) {
        return view(csrfToken, formKeys, Map.of());
    }

    /**
     * As {@link #view(Supplier, Supplier)}, with each region whose id is in {@code ownRegions}
     * replaced by that HTML, rendered for this request (with its own token and keys).
     */
    public View view(Supplier<String> csrfToken, Supplier<String> formKeys, Map<Long, String> ownRegions) {
        return new View() {
            @Override
            public String getContentType() {
                return CONTENT_TYPE;
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws IOException {
                // Written piece by piece: the page is not copied into one array first.
                List<byte[]> chunks = chunks(csrfToken.get(), formKeys, ownRegions);
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
