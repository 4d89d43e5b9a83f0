package com.hcpress.search;

import java.util.List;

/**
 * One page of results, with how many matched in all ({@code total} is a lower bound when not
 * {@code totalExact}) and the years to filter by, newest first.
 */
public record SearchPage(SearchQuery query, List<SearchHit> hits, long total, boolean totalExact, int pageCount,
                         List<Integer> years) {

    public SearchPage {
        hits = List.copyOf(hits);
        years = List.copyOf(years);
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
}
