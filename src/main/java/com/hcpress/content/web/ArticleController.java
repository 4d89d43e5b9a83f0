package com.hcpress.content.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import com.hcpress.citation.ReferenceStyle;
import com.hcpress.citation.ReferenceStyles;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.Comments;
import com.hcpress.comment.FirstCommentPage;
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
 * gate is asked on every request. Readers who took no part in the first comments get the whole
 * page from {@link ArticlePages}; the others get it rendered for them, around the article part
 * rendered once per revision by {@link RenderedArticles}.
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
    private final ArticlePages pages;

    ArticleController(ContentCatalog catalog, Gate gate, EvidenceCatalog evidence, Comments comments,
                      ReferenceStyles referenceStyles, RenderedArticles rendered, ArticlePages pages) {
        this.pages = pages;
        this.catalog = catalog;
        this.gate = gate;
        this.evidence = evidence;
        this.comments = comments;
        this.referenceStyles = referenceStyles;
        this.rendered = rendered;
    }

    @GetMapping("/articles/{slug}")
    ModelAndView article(@PathVariable String slug, @RequestParam(name = "refstyle", required = false) String styleParam,
                         @AuthenticationPrincipal AccountPrincipal user, Locale locale,
                         HttpServletRequest request, HttpServletResponse response) {
        PublishedRevision current = catalog.publishedRevision(slug)
                .orElseThrow(() -> NotFoundException.of("Article", slug));
        ArticleSummary summary = current.summary();
        if (!gate.admits(user, summary.zoneId())) {
            ZoneView zone = catalog.zone(summary.zoneId()).orElseThrow();
            return new ModelAndView("redirect:" + GatePaths.gate(zone.slug(), "/articles/" + slug));
        }
        // An unknown style name is not worth an error page: the reader's default is shown instead.
        ReferenceStyle style = ReferenceStyle.fromParam(styleParam).orElse(ReferenceStyle.defaultFor(locale));
        FirstCommentPage firstComments = comments.firstPageFor(user, summary);
        Supplier<Map<String, Object>> model = () -> Map.of(
                "summary", summary,
                "articleHtml", rendered.html(summary.id(), current.revision(), locale, style.param(),
                        () -> articlePart(slug, style), request, response),
                "comments", firstComments.page());
        if (firstComments.shared() && ArticlePages.canShare(request)) {
            return new ModelAndView(pages.page(summary.id(), current.revision(), firstComments.stamp(), locale,
                    style.param(), user.roles(), VIEW, model, request, response));
        }
        return new ModelAndView(VIEW, model.get());
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
