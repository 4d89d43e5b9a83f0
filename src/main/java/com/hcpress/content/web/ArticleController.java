package com.hcpress.content.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.Comments;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.evidence.EvidenceCatalog;
import com.hcpress.gate.Gate;
import com.hcpress.gate.GatePaths;
import com.hcpress.shared.web.NotFoundException;

/** An article for readers who passed its zone's gate; anyone else is sent to the gate first. */
@Controller
class ArticleController {

    static final String VIEW = "content/article";

    private final ContentCatalog catalog;
    private final Gate gate;
    private final EvidenceCatalog evidence;
    private final Comments comments;

    ArticleController(ContentCatalog catalog, Gate gate, EvidenceCatalog evidence, Comments comments) {
        this.catalog = catalog;
        this.gate = gate;
        this.evidence = evidence;
        this.comments = comments;
    }

    @GetMapping("/articles/{slug}")
    String article(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal user, Model model) {
        ArticleSummary summary = catalog.articleSummary(slug).orElseThrow(() -> NotFoundException.of("Article", slug));
        if (!gate.admits(user, summary.zoneId())) {
            ZoneView zone = catalog.zone(summary.zoneId()).orElseThrow();
            return "redirect:" + GatePaths.gate(zone.slug(), "/articles/" + slug);
        }
        model.addAttribute("article", catalog.publishedArticle(slug).orElseThrow());
        model.addAttribute("evidence", evidence.forArticle(slug));
        model.addAttribute("comments", comments.firstPage(user, summary));
        return VIEW;
    }
}
