package com.hcpress.consent;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** One row of a user's ledger, with the document version it was about. */
public record ConsentRecord(long id, LegalDocument document, ConsentChoice choice, Instant at) {

    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

    /** The time as readers in China read it. */
    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(at, DISPLAY_ZONE);
    }
}
