package com.hcpress.search;

import java.util.Set;

/**
 * A query as the index runs it. Entries of {@code openZones} match on all their text; articles
 * elsewhere match on their title only, so a hit never reveals text the reader may not see.
 * {@code typing}: the last word may be unfinished, so it also matches as a prefix.
 */
record IndexQuery(String text, Set<Long> openZones, Long zoneId, Integer year, int offset, int limit,
                  boolean withSnippets, boolean typing) {

    IndexQuery(String text, Set<Long> openZones, Long zoneId, Integer year, int offset, int limit,
               boolean withSnippets) {
        this(text, openZones, zoneId, year, offset, limit, withSnippets, false);
    }

    IndexQuery {
        openZones = Set.copyOf(openZones);
    }

    IndexQuery withoutYear() {
        return new IndexQuery(text, openZones, zoneId, null, 0, 0, false, typing);
    }

    IndexQuery asTyped() {
        return new IndexQuery(text, openZones, zoneId, year, offset, limit, withSnippets, true);
    }
}
