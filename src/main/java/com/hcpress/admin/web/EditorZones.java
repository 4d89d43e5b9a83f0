package com.hcpress.admin.web;

import org.springframework.stereotype.Component;

import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.shared.web.NotFoundException;

/** The zone a back-office URL names, or the 404 page. */
@Component
class EditorZones {

    private final ContentCatalog catalog;

    EditorZones(ContentCatalog catalog) {
        this.catalog = catalog;
    }

    ZoneView bySlug(String slug) {
        if (slug == null || slug.length() > 80) {
            throw NotFoundException.of("zone", "?");
        }
        return catalog.zone(slug).orElseThrow(() -> NotFoundException.of("zone", slug));
    }
}
