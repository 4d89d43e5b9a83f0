package com.hcpress.search;

import com.hcpress.content.ZoneView;

/**
 * One result. {@code locked}: from a zone whose gate the reader has not passed, so it carries its
 * title and link only ({@code snippet} and {@code context} are null).
 */
public record SearchHit(HitType type, Snippet title, String url, Snippet snippet, String context, ZoneView zone,
                        Integer year, boolean locked) {
}
