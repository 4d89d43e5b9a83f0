package com.hcpress.content.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ArticleView;
import com.hcpress.content.ContentCatalog;
import com.hcpress.gate.Gate;
import com.hcpress.gate.GateClosedException;
import com.hcpress.gate.GateStep;
import com.hcpress.shared.web.NotFoundException;

@RestController
class ArticleApiController {

    private final ContentCatalog catalog;
    private final Gate gate;

    ArticleApiController(ContentCatalog catalog, Gate gate) {
        this.catalog = catalog;
        this.gate = gate;
    }

    @GetMapping("/api/v1/articles/{slug}")
    ArticleView article(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal user) {
        ArticleSummary summary = catalog.articleSummary(slug).orElseThrow(() -> NotFoundException.of("Article", slug));
        GateStep step = gate.step(user, summary.zoneId());
        if (step != GateStep.PASSED) {
            throw new GateClosedException(step);
        }
        return catalog.publishedArticle(slug).orElseThrow();
    }
}
