package com.hcpress.content;

/** An article, published or not, as a reader's saved items list it: without its bodies. */
public record ArticleListing(long id, String slug, String title, long zoneId, ArticleStatus status) {

    public boolean published() {
        return status == ArticleStatus.PUBLISHED;
    }
}
