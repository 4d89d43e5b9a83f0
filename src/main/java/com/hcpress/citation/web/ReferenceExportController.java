package com.hcpress.citation.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.hcpress.citation.BibtexWriter;
import com.hcpress.citation.RisWriter;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceView;
import com.hcpress.shared.web.NotFoundException;

/**
 * An article's references as files for reference managers. The security chain guards these routes
 * as it guards the article page: whoever may not read the article is sent to the gate and gets no
 * reference.
 */
@Controller
class ReferenceExportController {

    static final MediaType RIS = new MediaType("application", "x-research-info-systems", StandardCharsets.UTF_8);
    static final MediaType BIBTEX = new MediaType("application", "x-bibtex", StandardCharsets.UTF_8);

    private final ContentCatalog catalog;

    ReferenceExportController(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/articles/{slug}/references.ris")
    ResponseEntity<String> allAsRis(@PathVariable String slug) {
        return export(slug, null, Format.RIS);
    }

    @GetMapping("/articles/{slug}/references.bib")
    ResponseEntity<String> allAsBibtex(@PathVariable String slug) {
        return export(slug, null, Format.BIBTEX);
    }

    @GetMapping("/articles/{slug}/references/{number}.ris")
    ResponseEntity<String> oneAsRis(@PathVariable String slug, @PathVariable String number) {
        return export(slug, number, Format.RIS);
    }

    @GetMapping("/articles/{slug}/references/{number}.bib")
    ResponseEntity<String> oneAsBibtex(@PathVariable String slug, @PathVariable String number) {
        return export(slug, number, Format.BIBTEX);
    }

    private enum Format { RIS, BIBTEX }

    private ResponseEntity<String> export(String slug, String number, Format format) {
        List<ReferenceData> references = catalog.publishedArticle(slug)
                .orElseThrow(() -> NotFoundException.of("Article", slug)).references().stream()
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
