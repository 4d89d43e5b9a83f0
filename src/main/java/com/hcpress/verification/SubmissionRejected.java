package com.hcpress.verification;

import java.time.Instant;

/** Published when a reviewer's rejection commits. */
public record SubmissionRejected(Long submissionId, long userId, long reviewerId, String reason, Instant at) {
}
