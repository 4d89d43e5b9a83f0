package com.hcpress.search;

import java.util.List;

/** One page of results, with how many matched in all and the years they span (newest first). */
public record SearchPage(SearchQuery query, List<SearchHit> hits, long total, int pageCount, List<Integer> years) {

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
