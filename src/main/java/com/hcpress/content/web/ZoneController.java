package com.hcpress.content.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.shared.web.NotFoundException;

@Controller
class ZoneController {

    static final String VIEW = "content/zone";

    private final ContentCatalog catalog;
    /** The zone whose page links the clinical tools. */
    @Value("${hcpress.tools.zone:liver-intervention}")
    private String toolsZone;

    ZoneController(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/zones/{slug}")
    String zone(@PathVariable String slug, Model model) {
        ZoneView zone = catalog.zone(slug).orElseThrow(() -> NotFoundException.of("Zone", slug));
        model.addAttribute("zone", zone);
        model.addAttribute("articles", catalog.publishedArticles(zone.id()));
        model.addAttribute("clinicalTools", zone.slug().equals(toolsZone));
        return VIEW;
    }
}
