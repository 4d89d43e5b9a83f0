package com.hcpress.content;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.consent.ZoneSlugs;

/** Answers consent's question for the slugs of zones. */
@Component
@Transactional(readOnly = true)
class ZoneSlugLookup implements ZoneSlugs {

    private final Zones zones;

    ZoneSlugLookup(Zones zones) {
        this.zones = zones;
    }

    @Override
    public Map<Long, String> slugsOf(Collection<Long> zoneIds) {
        if (zoneIds.isEmpty()) {
            return Map.of();
        }
        return zones.findAllById(zoneIds).stream().collect(Collectors.toMap(Zone::id, Zone::slug));
    }
}
