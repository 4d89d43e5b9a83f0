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
import com.hcpress.analytics.ExportKind;
import com.hcpress.analytics.ReadingLog;
import com.hcpress.citation.BibtexWriter;
import com.hcpress.citation.RisWriter;
import com.hcpress.content.ArticleView;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceView;
import com.hcpress.shared.web.NotFoundException;

/**
 * An article's references as files for reference managers. The security chain guards these routes
 * as it guards the article page: whoever may not read the article is sent to the gate and gets no
 * reference. Each download by a reader (not staff) is counted for the newsroom's statistics.
 */
@Controller
class ReferenceExportController {

    static final MediaType RIS = new MediaType("application", "x-research-info-systems", StandardCharsets.UTF_8);
    static final MediaType BIBTEX = new MediaType("application", "x-bibtex", StandardCharsets.UTF_8);

    private final ContentCatalog catalog;
    private final ReadingLog readings;

    ReferenceExportController(ContentCatalog catalog, ReadingLog readings) {
        this.catalog = catalog;
        this.readings = readings;
    }

    @GetMapping("/articles/{slug}/references.ris")
    ResponseEntity<String> allAsRis(@PathVariable String slug,
                                @AuthenticationPrincipal AccountPrincipal reader) {
        return export(slug, null, Format.RIS, reader);
    }

    @GetMapping("/articles/{slug}/references.bib")
    ResponseEntity<String> allAsBibtex(@PathVariable String slug,
                                @AuthenticationPrincipal AccountPrincipal reader) {
        return export(slug, null, Format.BIBTEX, reader);
    }

    @GetMapping("/articles/{slug}/references/{number}.ris")
    ResponseEntity<String> oneAsRis(@PathVariable String slug, @PathVariable String number,
                                @AuthenticationPrincipal AccountPrincipal reader) {
        return export(slug, number, Format.RIS, reader);
    }

    @GetMapping("/articles/{slug}/references/{number}.bib")
    ResponseEntity<String> oneAsBibtex(@PathVariable String slug, @PathVariable String number,
                                @AuthenticationPrincipal AccountPrincipal reader) {
        return export(slug, number, Format.BIBTEX, reader);
    }

    private enum Format { RIS, BIBTEX }

    private ResponseEntity<String> export(String slug, String number, Format format, AccountPrincipal reader) {
        ArticleView article = catalog.publishedArticle(slug).orElseThrow(() -> NotFoundException.of("Article", slug));
        List<ReferenceData> references = article.references().stream()
                .map(ReferenceView::data)
                .filter(data -> number == null || String.valueOf(data.number()).equals(number))
                .toList();
        if (references.isEmpty()) {
            throw NotFoundException.of("Reference", slug + "/" + number);
        }
        if (reader != null && !reader.isContentStaff()) {
            readings.exported(article.id(), format == Format.RIS ? ExportKind.RIS : ExportKind.BIBTEX);
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
