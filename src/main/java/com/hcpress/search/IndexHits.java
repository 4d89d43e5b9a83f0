package com.hcpress.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, how many matched in all (at least {@code total} when not {@code totalExact}), and
 * how many of each type matched (empty for suggestions).
 */
record IndexHits(List<IndexHit> hits, long total, boolean totalExact, Map<HitType, Long> typeCounts) {

    IndexHits {
        hits = List.copyOf(hits);
        typeCounts = Map.copyOf(typeCounts);
    }
}
