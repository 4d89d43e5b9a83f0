package com.hcpress.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page of hits, how many matched in all (at least {@code total} when not {@code totalExact}), and
 * how many of each type matched (empty for suggestions; at least that many for the types in
 * {@code typeCountsAtLeast}, where counting stopped).
 */
record IndexHits(List<IndexHit> hits, long total, boolean totalExact, Map<HitType, Long> typeCounts,
                 Set<HitType> typeCountsAtLeast) {

    IndexHits {
        hits = List.copyOf(hits);
        typeCounts = Map.copyOf(typeCounts);
        typeCountsAtLeast = Set.copyOf(typeCountsAtLeast);
    }

    IndexHits(List<IndexHit> hits, long total, boolean totalExact, Map<HitType, Long> typeCounts) {
        this(hits, total, totalExact, typeCounts, Set.of());
    }
}
