package com.hcpress.consent;

import java.time.Instant;

/** Which ledger rows an administrator asks for; every part is optional. {@code to} is exclusive. */
public record LedgerFilter(Long userId, DocumentKind kind, Long zoneId, ConsentChoice choice, Instant from,
                           Instant to) {

    public static LedgerFilter all() {
        return new LedgerFilter(null, null, null, null, null, null);
    }
}
