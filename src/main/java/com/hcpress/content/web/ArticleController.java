package com.hcpress.content.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import com.hcpress.content.PublishedRevision;
import com.hcpress.content.ZoneView;
import com.hcpress.evidence.EvidenceCatalog;
import com.hcpress.gate.Gate;
import com.hcpress.gate.GatePaths;
import com.hcpress.shared.web.NotFoundException;

/**
 * An article for readers who passed its zone's gate; anyone else is sent to the gate first. The
 * gate and the comments are decided per request; the article itself comes rendered per revision
 * from {@link RenderedArticles}.
 */
@Controller
class ArticleController {

    static final String VIEW = "content/article";

    private final ContentCatalog catalog;
    private final Gate gate;
    private final EvidenceCatalog evidence;
    private final Comments comments;
    private final ReferenceStyles referenceStyles;
    private final RenderedArticles rendered;

    ArticleController(ContentCatalog catalog, Gate gate, EvidenceCatalog evidence, Comments comments,
                      ReferenceStyles referenceStyles, RenderedArticles rendered) {
        this.catalog = catalog;
        this.gate = gate;
        this.evidence = evidence;
        this.comments = comments;
        this.referenceStyles = referenceStyles;
        this.rendered = rendered;
    }

    @GetMapping("/articles/{slug}")
    String article(@PathVariable String slug, @RequestParam(name = "refstyle", required = false) String styleParam,
                   @AuthenticationPrincipal AccountPrincipal user, Model model, Locale locale,
                   HttpServletRequest request, HttpServletResponse response) {
        PublishedRevision current = catalog.publishedRevision(slug)
                .orElseThrow(() -> NotFoundException.of("Article", slug));
        ArticleSummary summary = current.summary();
        if (!gate.admits(user, summary.zoneId())) {
            ZoneView zone = catalog.zone(summary.zoneId()).orElseThrow();
            return "redirect:" + GatePaths.gate(zone.slug(), "/articles/" + slug);
        }
        // An unknown style name is not worth an error page: the reader's default is shown instead.
        ReferenceStyle style = ReferenceStyle.fromParam(styleParam).orElse(ReferenceStyle.defaultFor(locale));
        model.addAttribute("summary", summary);
        model.addAttribute("articleHtml", rendered.html(summary.id(), current.revision(), locale, style.param(),
                () -> articlePart(slug, style), request, response));
        model.addAttribute("comments", comments.firstPage(user, summary));
        return VIEW;
    }

    private Map<String, Object> articlePart(String slug, ReferenceStyle style) {
        ArticleView article = catalog.publishedArticle(slug).orElseThrow();
        return Map.of("article", article,
                "evidence", evidence.forArticle(slug),
                "referenceStyle", style,
                "referenceStyles", ReferenceStyle.values(),
                "styledReferences", referenceStyles.format(article, style));
    }
}
