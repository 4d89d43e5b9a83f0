package com.hcpress.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One page of results, with how many matched in all ({@code total} is a lower bound when not
 * {@code totalExact}), how many of each type (a lower bound for the types in
 * {@code typeCountsAtLeast}), the years to filter by, newest first, and a query that may find more
 * ({@code didYouMean}, null when there is none).
 */
public record SearchPage(SearchQuery query, List<SearchHit> hits, long total, boolean totalExact, int pageCount,
                         List<Integer> years, Map<HitType, Long> typeCounts, Set<HitType> typeCountsAtLeast,
                         String didYouMean) {

    public SearchPage {
        hits = List.copyOf(hits);
        years = List.copyOf(years);
        typeCounts = Map.copyOf(typeCounts);
        typeCountsAtLeast = Set.copyOf(typeCountsAtLeast);
    }

    public int page() {
        return query.page();
    }

    public boolean hasPrevious() {
        return page() > 1;
    }

    public boolean hasNext() {
        return page() < pageCount;
    }

    public boolean anyLocked() {
        return hits.stream().anyMatch(SearchHit::locked);
    }

    /** The types that matched, in the order the page shows them, with their counts. */
    public List<TypeCount> types() {
        return Arrays.stream(HitType.values()).filter(type -> typeCounts.getOrDefault(type, 0L) > 0)
                .map(type -> new TypeCount(type, typeCounts.get(type), typeCountsAtLeast.contains(type))).toList();
    }

    /** This page's hits by type: articles, then studies, then references, each in rank order. */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (HitType type : HitType.values()) {
            List<SearchHit> ofType = hits.stream().filter(hit -> hit.type() == type).toList();
            if (!ofType.isEmpty()) {
                groups.add(new Group(type, typeCounts.getOrDefault(type, (long) ofType.size()),
                        typeCountsAtLeast.contains(type), ofType));
            }
        }
        return groups;
    }

    /** {@code atLeast}: counting stopped at {@code count}. */
    public record TypeCount(HitType type, long count, boolean atLeast) {

        /** The count as the page shows it: "1000+" where counting stopped. */
        public String shown() {
            return atLeast ? count + "+" : Long.toString(count);
        }
    }

    public record Group(HitType type, long count, boolean atLeast, List<SearchHit> hits) {

        public String shown() {
            return atLeast ? count + "+" : Long.toString(count);
        }
    }
}
