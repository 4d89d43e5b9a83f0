package com.hcpress.search;

import java.util.Set;

/**
 * A query as the index runs it. Entries of {@code openZones} match on all their text; articles of
 * {@code lockedZones} match on their title only, so a hit never reveals text the reader may not see.
 * {@code type}, when set, keeps hits of that type only.
 */
record IndexQuery(String text, Set<Long> openZones, Set<Long> lockedZones, Long zoneId, Integer year, HitType type,
                  int offset, int limit, Purpose purpose) {

    enum Purpose {
        /** A results page, with snippets. */
        RESULTS,
        /** Text still being typed: no snippets, and the last word may be unfinished, so it also matches as a prefix. */
        SUGGESTIONS
    }

    IndexQuery {
        openZones = Set.copyOf(openZones);
        lockedZones = Set.copyOf(lockedZones);
    }

    static IndexQuery results(String text, ZoneAccess.Split zones, Long zoneId, Integer year, HitType type, int offset,
                              int limit) {
        return new IndexQuery(text, zones.open(), zones.locked(), zoneId, year, type, offset, limit, Purpose.RESULTS);
    }

    static IndexQuery suggestions(String text, ZoneAccess.Split zones, int limit) {
        return new IndexQuery(text, zones.open(), zones.locked(), null, null, null, 0, limit, Purpose.SUGGESTIONS);
    }

    IndexQuery withType(HitType only) {
        return new IndexQuery(text, openZones, lockedZones, zoneId, year, only, 0, 1, purpose);
    }
}
