package com.hcpress.consent;

/** Published in the transaction that publishes a new version of a legal document. */
public record DocumentPublished(long documentId, DocumentKind kind, Long zoneId, int version, String titleZh,
                                String titleEn) {
}
