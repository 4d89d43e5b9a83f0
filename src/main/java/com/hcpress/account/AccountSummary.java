package com.hcpress.account;

import java.time.Instant;
import java.util.Set;

public record AccountSummary(long id, String displayName, Set<Role> roles, boolean enabled, Instant createdAt) {
}
