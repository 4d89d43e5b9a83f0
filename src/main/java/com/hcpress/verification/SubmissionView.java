package com.hcpress.verification;

import java.time.Instant;

/** One submission as pages and reviewers see it; the photo is fetched by its id. */
public record SubmissionView(long id, long userId, Profession profession, String realName, String institution,
                             String department, String title, String licenceNumber, long licencePhotoId,
                             SubmissionStatus status, Instant submittedAt, Long decidedBy, Instant decidedAt,
                             String rejectionReason) {

    /** The form pre-filled from this submission, for a resubmission. */
    public ProfileForm toForm() {
        return new ProfileForm(profession, realName, institution, department, title, licenceNumber);
    }

    public boolean pending() {
        return status == SubmissionStatus.SUBMITTED;
    }
}
