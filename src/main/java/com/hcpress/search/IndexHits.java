package com.hcpress.search;

import java.util.List;

/** A page of hits, and how many matched in all (at least {@code total} when not {@code totalExact}). */
record IndexHits(List<IndexHit> hits, long total, boolean totalExact) {
}
