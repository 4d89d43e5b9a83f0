package com.hcpress.citation.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.citation.BibtexWriter;
import com.hcpress.citation.RisWriter;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceView;
import com.hcpress.content.ZoneView;
import com.hcpress.gate.Gate;
import com.hcpress.gate.GatePaths;
import com.hcpress.shared.web.NotFoundException;

/**
 * An article's references as files for reference managers. The gate is asked exactly as the
 * article page asks it: whoever may not read the article is sent to the gate and gets no reference.
 */
@Controller
class ReferenceExportController {

    static final MediaType RIS = new MediaType("application", "x-research-info-systems", StandardCharsets.UTF_8);
    static final MediaType BIBTEX = new MediaType("application", "x-bibtex", StandardCharsets.UTF_8);

    private final ContentCatalog catalog;
    private final Gate gate;

    ReferenceExportController(ContentCatalog catalog, Gate gate) {
        this.catalog = catalog;
        this.gate = gate;
    }

    @GetMapping("/articles/{slug}/references.ris")
    ResponseEntity<String> allAsRis(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal user) {
        return export(slug, null, user, Format.RIS);
    }

    @GetMapping("/articles/{slug}/references.bib")
    ResponseEntity<String> allAsBibtex(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal user) {
        return export(slug, null, user, Format.BIBTEX);
    }

    @GetMapping("/articles/{slug}/references/{number}.ris")
    ResponseEntity<String> oneAsRis(@PathVariable String slug, @PathVariable String number,
                                    @AuthenticationPrincipal AccountPrincipal user) {
        return export(slug, number, user, Format.RIS);
    }

    @GetMapping("/articles/{slug}/references/{number}.bib")
    ResponseEntity<String> oneAsBibtex(@PathVariable String slug, @PathVariable String number,
                                       @AuthenticationPrincipal AccountPrincipal user) {
        return export(slug, number, user, Format.BIBTEX);
    }

    private enum Format { RIS, BIBTEX }

    private ResponseEntity<String> export(String slug, String number, AccountPrincipal user, Format format) {
        ArticleSummary summary = catalog.articleSummary(slug).orElseThrow(() -> NotFoundException.of("Article", slug));
        if (!gate.admits(user, summary.zoneId())) {
            ZoneView zone = catalog.zone(summary.zoneId()).orElseThrow();
            return ResponseEntity.status(302)
                    .header(HttpHeaders.LOCATION, GatePaths.gate(zone.slug(), "/articles/" + slug))
                    .build();
        }
        List<ReferenceData> references = catalog.publishedArticle(slug).orElseThrow().references().stream()
                .map(ReferenceView::data)
                .filter(data -> number == null || String.valueOf(data.number()).equals(number))
                .toList();
        if (references.isEmpty()) {
            throw NotFoundException.of("Reference", slug + "/" + number);
        }
        String baseName = number == null ? slug + "-references" : slug + "-reference-" + number;
        String body = format == Format.RIS ? RisWriter.write(references) : BibtexWriter.write(slug, references);
        return ResponseEntity.ok()
                .contentType(format == Format.RIS ? RIS : BIBTEX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(baseName + (format == Format.RIS ? ".ris" : ".bib"))
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(body);
    }
}
