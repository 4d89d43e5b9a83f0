package com.hcpress.support;

import java.net.http.HttpResponse;

/**
 * What an article's address answered: the article itself, or the public landing a visitor meets
 * there (also 200, with the title and the way through the gate, never the text).
 */
public final class ArticleAnswers {

    private ArticleAnswers() {
    }

    public static boolean isTheLanding(HttpResponse<String> page) {
        return page.statusCode() == 200 && page.body().contains("article-landing");
    }

    public static boolean isTheArticle(HttpResponse<String> page) {
        return page.statusCode() == 200 && !page.body().contains("article-landing");
    }
}
