package com.hcpress.analytics.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.analytics.ExportKind;
import com.hcpress.analytics.ReadingLog;
import com.hcpress.content.PublishedRevision;
import com.hcpress.content.PublishedRevisions;
import com.hcpress.shared.web.NotFoundException;

/**
 * What the article page's script sends when the page is hidden: how far down the body the reader
 * came ({@code depth}, 0-100) and whether they printed it. It is a {@code navigator.sendBeacon}
 * form post, which cannot set headers, so the page's CSRF token travels as the {@code _csrf} form
 * field and the CSRF filter checks it as for any form. The security chain lets only readers who
 * passed the article's gate reach this route; staff are not counted. Only counts come out of it.
 */
@Controller
class ReadingBeaconController {

    static final String ROUTE = "/articles/{slug}/reading";

    private final PublishedRevisions revisions;
    private final ReadingLog readings;
    private final MessageSource messages;

    ReadingBeaconController(PublishedRevisions revisions, ReadingLog readings, MessageSource messages) {
        this.revisions = revisions;
        this.readings = readings;
        this.messages = messages;
    }

    @PostMapping(ROUTE)
    ResponseEntity<String> reading(@PathVariable String slug, @RequestParam(required = false) String depth,
                                   @RequestParam(required = false) String printed,
                                   @AuthenticationPrincipal AccountPrincipal reader, Locale locale) {
        PublishedRevision article = revisions.of(slug).orElseThrow(() -> NotFoundException.of("Article", slug));
        Integer reached = depth(depth);
        boolean print = "true".equals(printed);
        if (reached == null || (printed != null && !print && !"false".equals(printed))) {
            return ResponseEntity.badRequest().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(messages.getMessage("reading.beacon.invalid", null, locale));
        }
        if (reader != null && !reader.isContentStaff()) {
            long id = article.summary().id();
            readings.depthReached(id, reader.id(), reached);
            if (print) {
                readings.exported(id, ExportKind.PRINT);
            }
        }
        return ResponseEntity.noContent().build();
    }

    /** A whole number from 0 to 100, else null. */
    static Integer depth(String value) {
        if (value == null || !value.matches("\\d{1,3}")) {
            return null;
        }
        int depth = Integer.parseInt(value);
        return depth <= 100 ? depth : null;
    }
}
