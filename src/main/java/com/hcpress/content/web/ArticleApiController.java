package com.hcpress.content.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.hcpress.content.ArticleView;
import com.hcpress.content.ContentCatalog;
import com.hcpress.shared.web.NotFoundException;

/** A published article as JSON; the security chain lets through only readers who passed its gate. */
@RestController
class ArticleApiController {

    private final ContentCatalog catalog;

    ArticleApiController(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/articles/{slug}")
    ArticleView article(@PathVariable String slug) {
        return catalog.publishedArticle(slug).orElseThrow(() -> NotFoundException.of("Article", slug));
    }
}
