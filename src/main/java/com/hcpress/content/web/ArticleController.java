package com.hcpress.content.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import com.hcpress.citation.ReferenceStyle;
import com.hcpress.citation.ReferenceStyles;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.FirstCommentPages;
import com.hcpress.comment.FirstCommentPage;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ArticleView;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.PublishedRevision;
import com.hcpress.content.PublishedRevisions;
import com.hcpress.content.ZoneView;
import com.hcpress.evidence.EvidenceCatalog;
import com.hcpress.gate.Gate;
import com.hcpress.gate.GatePaths;
import com.hcpress.shared.web.NotFoundException;

/**
 * An article for readers who passed its zone's gate; anyone else is sent to the gate first. The
 * gate is asked on every request. The page comes from {@link ArticlePages}, rendered once per
 * revision and comment page around the article part from {@link RenderedArticles}, with each
 * reader's own CSRF token, form keys and comment actions filled in.
 */
@Controller
class ArticleController {

    static final String VIEW = "content/article";

    private final ContentCatalog catalog;
    private final PublishedRevisions publishedRevisions;
    private final Gate gate;
    private final EvidenceCatalog evidence;
    private final FirstCommentPages firstComments;
    private final ReferenceStyles referenceStyles;
    private final RenderedArticles rendered;
    private final ArticlePages pages;
    /** The zone whose articles show the clinical tools box. */
    @Value("${hcpress.tools.zone:liver-intervention}")
    private String toolsZone;

    ArticleController(ContentCatalog catalog, PublishedRevisions publishedRevisions, Gate gate, EvidenceCatalog evidence,
                      FirstCommentPages firstComments, ReferenceStyles referenceStyles, RenderedArticles rendered,
                      ArticlePages pages) {
        this.catalog = catalog;
        this.publishedRevisions = publishedRevisions;
        this.gate = gate;
        this.evidence = evidence;
        this.firstComments = firstComments;
        this.referenceStyles = referenceStyles;
        this.rendered = rendered;
        this.pages = pages;
    }

    @GetMapping("/articles/{slug}")
    ModelAndView article(@PathVariable String slug, @RequestParam(name = "refstyle", required = false) String styleParam,
                         @AuthenticationPrincipal AccountPrincipal user, Locale locale,
                         HttpServletRequest request, HttpServletResponse response) {
        PublishedRevision current = publishedRevisions.of(slug)
                .orElseThrow(() -> NotFoundException.of("Article", slug));
        ArticleSummary summary = current.summary();
        if (!gate.admits(user, summary.zoneId())) {
            ZoneView zone = catalog.zone(summary.zoneId()).orElseThrow();
            return new ModelAndView("redirect:" + GatePaths.gate(zone.slug(), "/articles/" + slug));
        }
        // An unknown style name is not worth an error page: the reader's default is shown instead.
        ReferenceStyle style = ReferenceStyle.fromParam(styleParam).orElse(ReferenceStyle.defaultFor(locale));
        FirstCommentPage shownComments = firstComments.forReader(user, summary);
        Supplier<Map<String, Object>> model = () -> Map.of(
                "summary", summary,
                "articleHtml", rendered.html(summary.id(), current.revision(), locale, style.param(),
                        () -> articlePart(slug, style), request, response),
                "comments", shownComments.page());
        return new ModelAndView(pages.page(summary.id(), current.revision(), shownComments, locale, style.param(),
                user.roles(), slug, VIEW, model, request, response));
    }

    private Map<String, Object> articlePart(String slug, ReferenceStyle style) {
        ArticleView article = catalog.publishedArticle(slug).orElseThrow();
        return Map.of("article", article,
                "evidence", evidence.forArticle(slug),
                "referenceStyle", style,
                "referenceStyles", ReferenceStyle.values(),
                "styledReferences", referenceStyles.format(article, style),
                "clinicalTools", article.zone().slug().equals(toolsZone));
    }
}
