package com.hcpress.content;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of document a reference names, by its GB/T 7714-2015 code: journal article [J], book
 * [M], conference paper or proceedings [C], thesis [D], report [R], standard [S], newspaper
 * article [N] and web page [EB]. Whether it was read online ("/OL") is a separate flag, as any
 * kind may be; a web page always is.
 */
public enum ReferenceType {

    JOURNAL("J"),
    BOOK("M"),
    CONFERENCE("C"),
    THESIS("D"),
    REPORT("R"),
    STANDARD("S"),
    NEWSPAPER("N"),
    WEB("EB");

    private final String code;

    ReferenceType(String code) {
        this.code = code;
    }

    /** The GB/T 7714 letter(s): "J", "M", ..., "EB". */
    public String code() {
        return code;
    }

    /** The mark printed after the title: "[J]", "[J/OL]", "[EB/OL]". */
    public String mark(boolean online) {
        return "[" + code + (online || this == WEB ? "/OL" : "") + "]";
    }

    /** Whether the publisher and its place belong to this kind (books, reports, standards, theses, proceedings). */
    public boolean hasPublisher() {
        return this == BOOK || this == CONFERENCE || this == THESIS || this == REPORT || this == STANDARD;
    }

    /** Whether the source field is a container (journal, proceedings, newspaper) for this kind. */
    public boolean hasContainer() {
        return this == JOURNAL || this == CONFERENCE || this == NEWSPAPER;
    }

    public String param() {
        return code.toLowerCase(Locale.ROOT);
    }

    /** "J", "j", "J/OL", "EB/OL" and the like; "OL" alone is not a kind. */
    public static Optional<ReferenceType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String letters = code.strip().toUpperCase(Locale.ROOT).replaceFirst("/OL$", "");
        for (ReferenceType type : values()) {
            if (type.code.equals(letters)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
