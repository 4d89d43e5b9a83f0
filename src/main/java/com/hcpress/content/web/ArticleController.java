package com.hcpress.content.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.hcpress.content.ArticleView;
import com.hcpress.content.ContentCatalog;
import com.hcpress.evidence.EvidenceCatalog;
import com.hcpress.shared.web.NotFoundException;

@Controller
class ArticleController {

    static final String VIEW = "content/article";

    private final ContentCatalog catalog;
    private final EvidenceCatalog evidence;

    ArticleController(ContentCatalog catalog, EvidenceCatalog evidence) {
        this.catalog = catalog;
        this.evidence = evidence;
    }

    @GetMapping("/articles/{slug}")
    String article(@PathVariable String slug, Model model) {
        ArticleView article = catalog.publishedArticle(slug).orElseThrow(() -> NotFoundException.of("Article", slug));
        model.addAttribute("article", article);
        model.addAttribute("evidence", evidence.forArticle(slug));
        return VIEW;
    }
}
