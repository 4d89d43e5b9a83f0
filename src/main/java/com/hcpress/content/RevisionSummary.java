package com.hcpress.content;

import java.time.Instant;

/**
 * A line of an article's history; {@code restoredFrom} names the revision it copied, if any, and
 * {@code message} is what its editor said it is for.
 */
public record RevisionSummary(int revision, String title, String editedBy, Integer restoredFrom, Instant savedAt,
                              int referenceCount, String message) {
}
