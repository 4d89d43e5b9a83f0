package com.hcpress.search;

import java.util.List;
import java.util.SortedMap;

/** A page of hits, how many matched in all, and how many per year. */
record IndexHits(List<IndexHit> hits, long total, SortedMap<Integer, Long> years) {
}
