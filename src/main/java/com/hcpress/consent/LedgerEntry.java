package com.hcpress.consent;

import java.time.Instant;

/** One row of the consent ledger as administrators see it: who chose what, about which version, from where. */
public record LedgerEntry(long id, Instant at, Long userId, long documentId, DocumentKind kind, Long zoneId,
                          int version, String sha256, ConsentChoice choice, String address, String userAgent) {
}
