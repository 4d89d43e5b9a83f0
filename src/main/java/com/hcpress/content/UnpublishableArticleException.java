package com.hcpress.content;

import java.util.List;

/** Publishing refused: the body cites references the list does not have (each citation as written, e.g. [15]). */
public class UnpublishableArticleException extends RuntimeException {

    private final List<String> unknownCitations;

    public UnpublishableArticleException(long articleId, List<String> unknownCitations) {
        super("Article " + articleId + " cites references it does not list: " + unknownCitations);
        this.unknownCitations = List.copyOf(unknownCitations);
    }

    public List<String> unknownCitations() {
        return unknownCitations;
    }
}
