package com.hcpress.reading.web;

import java.util.Locale;

import com.hcpress.content.ArticleView;

/**
 * What an article's link shows when shared (OpenGraph and Twitter tags, which WeChat and other
 * apps read): only what a visitor may see — the title, the zone's public description and the
 * cover — never a word of the article's text.
 */
record SharePreview(String title, String description, String url, String imageUrl) {

    static SharePreview of(ArticleView article, Locale locale, String publicUrl) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        String description = article.zone().description(locale);
        if (description == null || description.isBlank()) {
            description = article.zone().name(locale);
        }
        return new SharePreview(article.title(), description, base + "/articles/" + article.slug(),
                article.coverImageId() == null ? null : base + "/images/" + article.coverImageId());
    }
}
