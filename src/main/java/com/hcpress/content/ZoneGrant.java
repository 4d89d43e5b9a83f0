package com.hcpress.content;

import java.time.Instant;

/** One role an account holds in one zone. */
public record ZoneGrant(long accountId, long zoneId, ZoneRole role, Instant grantedAt) {
}
