package com.hcpress.reading.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.RelatedArticle;
import com.hcpress.content.RelatedArticles;
import com.hcpress.gate.Gate;
import com.hcpress.shared.web.NotFoundException;

/**
 * "Related articles" at the end of an article, loaded by htmx once scrolled near (the article page
 * is shared by every reader; this list is each reader's own): only articles of zones whose gate
 * this reader passed, the gate of the article itself being checked by the security chain.
 */
@Controller
class RelatedController {

    static final int SHOWN = 5;

    private final ContentCatalog catalog;
    private final RelatedArticles related;
    private final Gate gate;

    RelatedController(ContentCatalog catalog, RelatedArticles related, Gate gate) {
        this.catalog = catalog;
        this.related = related;
        this.gate = gate;
    }

    @GetMapping("/articles/{slug}/related")
    String related(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal user, Model model,
                   HttpServletResponse response) {
        ArticleSummary article = catalog.articleSummary(slug).orElseThrow(() -> NotFoundException.of("Article", slug));
        Map<Long, Boolean> admitted = new HashMap<>();
        List<RelatedArticle> shown = related.of(article.id()).stream()
                .filter(other -> user != null && admitted.computeIfAbsent(other.zoneId(), zone -> gate.admits(user, zone)))
                .limit(SHOWN)
                .toList();
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        model.addAttribute("related", shown);
        return "content/related :: list";
    }
}
