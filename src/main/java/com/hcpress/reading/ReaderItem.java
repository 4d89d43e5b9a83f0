package com.hcpress.reading;

import java.time.Instant;
import java.util.List;

/**
 * A bookmark or history row as stored, before the gate is asked: {@code title} is the article's
 * title or the study's short name, {@code zoneId} the zone whose gate guards it, {@code published}
 * false for an article taken down since.
 */
public record ReaderItem(long id, ItemKind kind, String key, String title, long zoneId, boolean published,
                         Instant at, List<String> tags) {
}
