package com.hcpress.verification;

import java.time.Instant;

/** One submission as pages and reviewers see it; the photo is fetched by its id. */
public record SubmissionView(long id, long userId, Profession profession, String realName, String institution,
                             String department, String title, String licenceNumber, long licencePhotoId,
                             SubmissionStatus status, Instant submittedAt, Long decidedBy, Instant decidedAt,
                             String rejectionReason, Long claimedBy, Instant claimedUntil, Instant revokedAt,
                             String revocationReason) {

    /** The form pre-filled from this submission, for a resubmission. */
    public ProfileForm toForm() {
        return new ProfileForm(profession, realName, institution, department, title, licenceNumber);
    }

    /** Claimed by someone else than {@code reviewerId}, and the claim still runs. */
    public boolean claimedByOther(long reviewerId, Instant now) {
        return claimedBy != null && claimedBy != reviewerId && claimedUntil != null && claimedUntil.isAfter(now);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /**
     * The status as the decision history shows it: an approval an administrator revoked reads
     * REVOKED, not APPROVED (message key {@code verification.status.REVOKED}).
     */
    public String displayStatus() {
        return revoked() ? "REVOKED" : status.name();
    }

    public boolean pending() {
        return status == SubmissionStatus.SUBMITTED;
    }
}
