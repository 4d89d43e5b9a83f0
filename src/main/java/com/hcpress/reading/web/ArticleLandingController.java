package com.hcpress.reading.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.hcpress.content.ArticleView;
import com.hcpress.content.ContentCatalog;
import com.hcpress.gate.GatePaths;
import com.hcpress.shared.web.NotFoundException;

/**
 * The gate's landing of an article: what a visitor without a session (or a link-preview robot)
 * gets at {@code /articles/{slug}}, forwarded here by the security chain. It shows and tags only
 * what is public: the title, the zone's public description and the cover, and the way in.
 */
@Controller
class ArticleLandingController {

    private final ContentCatalog catalog;
    @Value("${hcpress.messages.public-url:http://localhost:8080}")
    private String publicUrl;

    ArticleLandingController(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/shared/articles/{slug}")
    String landing(@PathVariable String slug, Locale locale, Model model, HttpServletResponse response) {
        ArticleView article = catalog.publishedArticle(slug).orElseThrow(() -> NotFoundException.of("Article", slug));
        // Never kept: once the visitor signs in, the same address must bring the article.
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader("X-Robots-Tag", "noindex");
        String articlePath = "/articles/" + article.slug();
        model.addAttribute("articleTitle", article.title());
        model.addAttribute("zone", article.zone());
        model.addAttribute("coverImageId", article.coverImageId());
        model.addAttribute("gatePath", GatePaths.gate(article.zone().slug(), articlePath));
        model.addAttribute("zonePath", "/zones/" + article.zone().slug());
        model.addAttribute("sharePreview", SharePreview.of(article, locale, publicUrl));
        return "content/landing";
    }
}
