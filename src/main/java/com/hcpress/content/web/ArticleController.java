package com.hcpress.content.web;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.citation.ReferenceStyle;
import com.hcpress.citation.ReferenceStyles;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.Comments;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ArticleView;
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
    private final ReferenceStyles referenceStyles;

    ArticleController(ContentCatalog catalog, Gate gate, EvidenceCatalog evidence, Comments comments,
                      ReferenceStyles referenceStyles) {
        this.catalog = catalog;
        this.gate = gate;
        this.evidence = evidence;
        this.comments = comments;
        this.referenceStyles = referenceStyles;
    }

    @GetMapping("/articles/{slug}")
    String article(@PathVariable String slug, @RequestParam(name = "refstyle", required = false) String styleParam,
                   @AuthenticationPrincipal AccountPrincipal user, Locale locale, Model model) {
        ArticleSummary summary = catalog.articleSummary(slug).orElseThrow(() -> NotFoundException.of("Article", slug));
        if (!gate.admits(user, summary.zoneId())) {
            ZoneView zone = catalog.zone(summary.zoneId()).orElseThrow();
            return "redirect:" + GatePaths.gate(zone.slug(), "/articles/" + slug);
        }
        ArticleView article = catalog.publishedArticle(slug).orElseThrow();
        // An unknown style name is not worth an error page: the reader's default is shown instead.
        ReferenceStyle style = ReferenceStyle.fromParam(styleParam).orElse(ReferenceStyle.defaultFor(locale));
        model.addAttribute("article", article);
        model.addAttribute("referenceStyle", style);
        model.addAttribute("referenceStyles", ReferenceStyle.values());
        model.addAttribute("styledReferences", referenceStyles.format(article, style));
        model.addAttribute("evidence", evidence.forArticle(slug));
        model.addAttribute("comments", comments.firstPage(user, summary));
        return VIEW;
    }
}
