package com.hcpress.audit;

import java.time.Instant;

/**
 * Which audit entries an administrator asks for; every part is optional. {@code actionPrefix}
 * matches the start of the action ({@code consent.} finds every consent action); {@code to} is exclusive.
 */
public record AuditFilter(Long actorId, String actionPrefix, Instant from, Instant to) {

    public static final int MAX_ACTION = 60;
}
