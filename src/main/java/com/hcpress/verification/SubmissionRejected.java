package com.hcpress.verification;

import java.time.Instant;

/** Published when a reviewer's rejection commits; {@code reasonEn} is the same reason in English where known. */
public record SubmissionRejected(Long submissionId, long userId, long reviewerId, String reason, String reasonEn, Instant at) {

    public SubmissionRejected(Long submissionId, long userId, long reviewerId, String reason, Instant at) {
        this(submissionId, userId, reviewerId, reason, reason, at);
    }
}
