package com.hcpress.reading.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ListCursor;
import com.hcpress.content.ZoneView;
import com.hcpress.gate.Gate;
import com.hcpress.shared.web.BadRequestException;
import com.hcpress.shared.web.NotFoundException;

/**
 * A zone's articles, newest first, {@link ListCursor#PAGE} at a time: 查看更多 loads the next ones
 * into the list with htmx (or, without script, opens them as a page).
 */
@Controller
class ZoneController {

    static final String VIEW = "content/zone";

    private final ContentCatalog catalog;
    private final Gate gate;
    /** The zone whose page links the clinical tools. */
    private final String toolsZone;

    ZoneController(ContentCatalog catalog, Gate gate,
                   @Value("${hcpress.tools.zone:liver-intervention}") String toolsZone) {
        this.catalog = catalog;
        this.gate = gate;
        this.toolsZone = toolsZone;
    }

    /**
     * Titles, dates and sources are anyone's (as in search); an article's opening words and its
     * comment count are its text's and its comments', so only readers who passed the gate get them,
     * and the others see a lock.
     */
    @GetMapping("/zones/{slug}")
    String zone(@PathVariable String slug, @RequestParam(required = false) String after,
                @AuthenticationPrincipal AccountPrincipal user, HttpServletRequest request, HttpServletResponse response,
                Locale locale, Model model) {
        ZoneView zone = catalog.zone(slug).orElseThrow(() -> NotFoundException.of("Zone", slug));
        Optional<ListCursor> cursor = cursor(after);
        boolean passed = user != null && gate.admits(user, zone.id());
        if (passed) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        }
        model.addAttribute("zone", zone);
        model.addAttribute("passed", passed);
        model.addAttribute("page", catalog.publishedArticleList(zone.id(), cursor, passed));
        model.addAttribute("clinicalTools", zone.slug().equals(toolsZone));
        model.addAttribute("metaDescription", zone.description(locale));
        return cursor.isPresent() && request.getHeader("HX-Request") != null ? VIEW + " :: items" : VIEW;
    }

    private static Optional<ListCursor> cursor(String after) {
        Optional<ListCursor> cursor = ListCursor.parse(after);
        if (cursor == null || (cursor.isPresent() && !cursor.get().isDay())) {
            throw new BadRequestException("Not a place in the list: " + after);
        }
        return cursor;
    }
}
