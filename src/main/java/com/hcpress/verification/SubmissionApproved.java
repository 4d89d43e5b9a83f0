package com.hcpress.verification;

import java.time.Instant;

/** Published when a reviewer's approval commits. */
public record SubmissionApproved(Long submissionId, long userId, long reviewerId, Instant at) {
}
