package com.hcpress.shared.web;

/**
 * Where the gate's landing of an article lives: the public page a visitor without a session (or
 * a link-preview robot) gets at the article's address, with the article's public share tags.
 */
public final class ArticleLandings {

    public static final String PREFIX = "/shared";

    private ArticleLandings() {
    }

    /** The landing of the article page at {@code articlePath} ({@code /articles/{slug}}). */
    public static String path(String articlePath) {
        return PREFIX + articlePath;
    }
}
