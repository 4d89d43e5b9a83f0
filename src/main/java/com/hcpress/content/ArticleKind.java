package com.hcpress.content;

import java.util.Optional;

/**
 * What an article is to its source: our own writing, a digest of someone else's article, or a
 * translation of it. A digest or a translation names its source, so that nobody reads our text as
 * the source author's, and the badge a reader sees says which it is.
 */
public enum ArticleKind {

    ORIGINAL("original"),
    DIGEST("digest"),
    TRANSLATION("translation");

    private final String param;

    ArticleKind(String param) {
        this.param = param;
    }

    /** The lower-case word used in forms, import files and message keys. */
    public String param() {
        return param;
    }

    public boolean namesASource() {
        return this != ORIGINAL;
    }

    public static Optional<ArticleKind> fromParam(String param) {
        for (ArticleKind kind : values()) {
            if (kind.param.equals(param)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
