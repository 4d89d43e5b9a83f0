package com.hcpress.reading.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ListCursor;
import com.hcpress.content.ZoneView;
import com.hcpress.gate.Gate;
import com.hcpress.shared.web.BadRequestException;
import com.hcpress.shared.web.Languages;
import com.hcpress.shared.web.NotFoundException;

/**
 * A zone's articles, newest first, {@link ListCursor#PAGE} at a time: 查看更多 loads the next ones
 * into the list with htmx (or, without script, opens them as a page). The pages are kept as bytes
 * shared between readers of one kind ({@link ZonePages}); the gate is asked on every request.
 */
@Controller
class ZoneController {

    static final String VIEW = "content/zone";

    private final ContentCatalog catalog;
    private final Gate gate;
    private final ZonePages pages;
    /** The zone whose page links the clinical tools. */
    private final String toolsZone;

    ZoneController(ContentCatalog catalog, Gate gate, ZonePages pages,
                   @Value("${hcpress.tools.zone:liver-intervention}") String toolsZone) {
        this.catalog = catalog;
        this.gate = gate;
        this.pages = pages;
        this.toolsZone = toolsZone;
    }

    /**
     * Titles, dates and sources are anyone's (as in search); an article's opening words and its
     * comment count are its text's and its comments', so only readers who passed the gate get them,
     * and the others see a lock.
     */
    @GetMapping("/zones/{slug}")
    ModelAndView zone(@PathVariable String slug, @RequestParam(required = false) String after,
                      @AuthenticationPrincipal AccountPrincipal user, HttpServletRequest request,
                      HttpServletResponse response, Locale locale) {
        ZoneView zone = catalog.zone(slug).orElseThrow(() -> NotFoundException.of("Zone", slug));
        Optional<ListCursor> cursor = cursor(after);
        boolean passed = user != null && gate.admits(user, zone.id());
        if (passed) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        }
        Locale language = Languages.of(locale);
        boolean rowsOnly = cursor.isPresent() && request.getHeader("HX-Request") != null;
        return new ModelAndView(pages.page(zone.id(), cursor, rowsOnly, language, passed, () -> pages.header(user), VIEW,
                () -> model(zone, cursor, passed, language), request, response));
    }

    private Map<String, Object> model(ZoneView zone, Optional<ListCursor> cursor, boolean passed, Locale language) {
        Map<String, Object> model = new HashMap<>();
        model.put("zone", zone);
        model.put("passed", passed);
        model.put("page", catalog.publishedArticleList(zone.id(), cursor, passed));
        model.put("clinicalTools", zone.slug().equals(toolsZone));
        model.put("metaDescription", zone.description(language));
        return model;
    }

    private static Optional<ListCursor> cursor(String after) {
        Optional<ListCursor> cursor = ListCursor.parse(after);
        if (cursor == null || (cursor.isPresent() && !cursor.get().isDay())) {
            throw new BadRequestException("Not a place in the list: " + after);
        }
        return cursor;
    }
}
