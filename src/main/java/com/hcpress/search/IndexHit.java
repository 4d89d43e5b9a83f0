package com.hcpress.search;

/** One entry that matched; the marked texts carry {@link HighlightMarks} around the matches. */
record IndexHit(String id, HitType type, long zoneId, String title, String markedTitle, String markedSummary,
                String markedBody, String summary, String url, String context, Integer year) {
}
