package com.hcpress.verification;

import java.time.Instant;

/**
 * A user's {@link VerificationStatus} and, while an approval is in force, when it ends by age
 * (null otherwise): a status that changes with no write at all, which a copy must not outlive.
 */
public record VerificationStanding(VerificationStatus status, Instant approvalEnds) {
}
