package com.hcpress.content.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.hcpress.content.ArticleView;
import com.hcpress.content.ContentCatalog;
import com.hcpress.shared.web.NotFoundException;

@Controller
class ArticleController {

    static final String VIEW = "content/article";

    private final ContentCatalog catalog;

    ArticleController(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/articles/{slug}")
    String article(@PathVariable String slug, Model model) {
        ArticleView article = catalog.publishedArticle(slug).orElseThrow(() -> NotFoundException.of("Article", slug));
        model.addAttribute("article", article);
        return VIEW;
    }
}
