package com.hcpress.reading.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.gate.Gate;
import com.hcpress.reading.ItemKind;
import com.hcpress.reading.ReaderItem;

/** Turns stored rows into what the reader may see, asking the gate once per zone. */
@Component
class ItemVisibility {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Gate gate;
    private final ContentCatalog catalog;

    ItemVisibility(Gate gate, ContentCatalog catalog) {
        this.gate = gate;
        this.catalog = catalog;
    }

    List<ShownItem> shown(List<ReaderItem> items, AccountPrincipal reader, Locale locale) {
        Map<Long, Boolean> admitted = new HashMap<>();
        Map<Long, Optional<ZoneView>> zones = new HashMap<>();
        return items.stream().map(item -> {
            boolean open = item.published()
                    && admitted.computeIfAbsent(item.zoneId(), zoneId -> gate.admits(reader, zoneId));
            Optional<ZoneView> zone = zones.computeIfAbsent(item.zoneId(), catalog::zone);
            String zoneName = zone.map(z -> z.name(locale)).orElse("");
            String title;
            String link;
            if (!item.published()) {
                title = null;
                link = null;
            } else {
                boolean article = item.kind() == ItemKind.ARTICLE;
                title = open || article ? item.title() : null;
                // A study's id names it: a reader who may not open it is sent to the zone's gate instead.
                link = article || open ? (article ? "/articles/" : "/studies/") + item.key()
                        : zone.map(z -> "/gate/" + z.slug()).orElse(null);
            }
            return new ShownItem(item.id(), item.kind(), title, link, open, zoneName, TIME.format(item.at()), item.tags());
        }).toList();
    }
}
