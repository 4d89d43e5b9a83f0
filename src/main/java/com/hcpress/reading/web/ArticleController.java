package com.hcpress.reading.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.analytics.ReadingLog;
import com.hcpress.citation.ReferenceStyle;
import com.hcpress.citation.ReferenceStyles;
import com.hcpress.content.ArticleView;
import com.hcpress.content.ConsoleLink;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.PublishedRevision;
import com.hcpress.content.PublishedRevisions;
import com.hcpress.evidence.EvidenceCatalog;
import com.hcpress.shared.web.NotFoundException;

/**
 * An article page. Only readers who passed its zone's gate get here (the security chain sends
 * anyone else to the gate). The page comes from {@link ArticlePages}, rendered once per revision,
 * language and reference style; the comments load after it.
 */
@Controller
class ArticleController {

    static final String VIEW = "content/article";

    private final ContentCatalog catalog;
    private final PublishedRevisions publishedRevisions;
    private final EvidenceCatalog evidence;
    private final ReferenceStyles referenceStyles;
    private final ArticlePages pages;
    private final ReadingLog readings;
    private final ConsoleLink consoleLink;
    /** The zone whose articles show the clinical tools box. */
    @Value("${hcpress.tools.zone:liver-intervention}")
    private String toolsZone;
    /** The address the share tags name (they must be absolute). */
    @Value("${hcpress.messages.public-url:http://localhost:8080}")
    private String publicUrl;

    ArticleController(ContentCatalog catalog, PublishedRevisions publishedRevisions, EvidenceCatalog evidence,
                      ReferenceStyles referenceStyles, ArticlePages pages, ReadingLog readings,
                      ConsoleLink consoleLink) {
        this.catalog = catalog;
        this.publishedRevisions = publishedRevisions;
        this.evidence = evidence;
        this.referenceStyles = referenceStyles;
        this.pages = pages;
        this.readings = readings;
        this.consoleLink = consoleLink;
    }

    @GetMapping("/articles/{slug}")
    ModelAndView article(@PathVariable String slug, @RequestParam(name = "refstyle", required = false) String styleParam,
                         @AuthenticationPrincipal AccountPrincipal user, Locale locale,
                         HttpServletRequest request, HttpServletResponse response) {
        PublishedRevision current = publishedRevisions.of(slug)
                .orElseThrow(() -> NotFoundException.of("Article", slug));
        // An unknown style name is not worth an error page: the reader's default is shown instead.
        ReferenceStyle style = ReferenceStyle.fromParam(styleParam).orElse(ReferenceStyle.defaultFor(locale));
        if (user != null && !user.isContentStaff()) {
            readings.articleRead(current.summary().id(), user.id());
        }
        return new ModelAndView(pages.page(current, locale, style, user == null ? Set.of() : user.roles(),
                consoleLink.shows(user), VIEW,
                () -> model(current, style, locale), request, response));
    }

    private Map<String, Object> model(PublishedRevision current, ReferenceStyle style, Locale locale) {
        String slug = current.summary().slug();
        ArticleView article = catalog.publishedArticle(slug).orElseThrow(() -> NotFoundException.of("Article", slug));
        return Map.of("summary", current.summary(),
                "article", article,
                "outline", ArticleOutline.of(article.bodyHtml()),
                "evidence", evidence.forArticle(slug),
                "referenceStyle", style,
                "referenceStyles", ReferenceStyle.values(),
                "styledReferences", referenceStyles.format(article, style),
                "clinicalTools", article.zone().slug().equals(toolsZone),
                "sharePreview", SharePreview.of(article, locale, publicUrl));
    }
}
