package com.hcpress.audit;

import java.time.Instant;

public record AuditEntry(long id, Instant at, Long actorId, String action, String subject, String before,
                         String after, String address) {
}
