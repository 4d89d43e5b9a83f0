package com.hcpress.content.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ListCursor;
import com.hcpress.content.ZoneView;
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
    /** The zone whose page links the clinical tools. */
    private final String toolsZone;

    ZoneController(ContentCatalog catalog, @Value("${hcpress.tools.zone:liver-intervention}") String toolsZone) {
        this.catalog = catalog;
        this.toolsZone = toolsZone;
    }

    @GetMapping("/zones/{slug}")
    String zone(@PathVariable String slug, @RequestParam(required = false) String after, HttpServletRequest request,
                Locale locale, Model model) {
        ZoneView zone = catalog.zone(slug).orElseThrow(() -> NotFoundException.of("Zone", slug));
        Optional<ListCursor> cursor = cursor(after);
        model.addAttribute("zone", zone);
        model.addAttribute("page", catalog.publishedArticles(zone.id(), cursor));
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
