package com.hcpress.verification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A user's verification request. It moves SUBMITTED → APPROVED or SUBMITTED → REJECTED once, by a
 * reviewer other than its owner; a resubmission is a new Submission. The version column makes
 * the first of two concurrent decisions win.
 */
@Entity
@Table(name = "verification_submission")
class Submission extends AbstractAggregateRoot<Submission> {

    static final int MAX_REASON_LENGTH = Verifications.MAX_REJECTION_REASON_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long userId;
    @Enumerated(EnumType.STRING)
    private Profession profession;
    private String realName;
    private String institution;
    private String department;
    private String title;
    private String licenceNumber;
    private long licencePhotoId;
    @Enumerated(EnumType.STRING)
    private SubmissionStatus status;
    private Instant submittedAt;
    private Long decidedBy;
    private Instant decidedAt;
    private String rejectionReason;
    private Long claimedBy;
    private Instant claimedAt;
    private Instant claimedUntil;
    private Long decisionMillis;
    private Instant revokedAt;
    private Long revokedBy;
    private String revocationReason;
    private Instant remindedAt;
    @Version
    private long version;

    protected Submission() {
    }

    Submission(long userId, ProfileForm form, long licencePhotoId) {
        this.userId = userId;
        this.profession = form.profession();
        this.realName = form.realName();
        this.institution = form.institution();
        this.department = form.department();
        this.title = form.title();
        this.licenceNumber = form.licenceNumber();
        this.licencePhotoId = licencePhotoId;
        this.status = SubmissionStatus.SUBMITTED;
        this.submittedAt = Instant.now();
    }

    void approve(long reviewerId) {
        Instant now = decide(reviewerId, SubmissionStatus.APPROVED);
        registerEvent(new SubmissionApproved(id, userId, reviewerId, now));
    }

    void reject(long reviewerId, String reason) {
        reject(reviewerId, reason, reason);
    }

    /** {@code reason} is kept (in Chinese); {@code reasonEn} only goes to the applicant's notification. */
    void reject(long reviewerId, String reason, String reasonEn) {
        if (!isValidReason(reason)) {
            throw new IllegalArgumentException("A rejection needs a reason of 1 to " + MAX_REASON_LENGTH + " characters");
        }
        Instant now = decide(reviewerId, SubmissionStatus.REJECTED);
        this.rejectionReason = reason.strip();
        registerEvent(new SubmissionRejected(id, userId, reviewerId, rejectionReason,
                reasonEn == null ? rejectionReason : reasonEn.strip(), now));
    }

    static boolean isValidReason(String reason) {
        return reason != null && !reason.isBlank() && reason.strip().length() <= MAX_REASON_LENGTH;
    }

    private Instant decide(long reviewerId, SubmissionStatus outcome) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw IllegalDecisionException.alreadyDecided(id, status);
        }
        if (reviewerId == userId) {
            throw IllegalDecisionException.ownSubmission(id);
        }
        Instant now = Instant.now();
        if (claimedBy != null && claimedBy != reviewerId && claimedUntil != null && claimedUntil.isAfter(now)) {
            throw IllegalDecisionException.claimedByOther(id);
        }
        if (claimedBy != null && claimedBy == reviewerId && claimedAt != null) {
            this.decisionMillis = Math.max(0, now.toEpochMilli() - claimedAt.toEpochMilli());
        }
        this.status = outcome;
        this.decidedBy = reviewerId;
        this.decidedAt = now;
        this.claimedBy = null;
        this.claimedAt = null;
        this.claimedUntil = null;
        return decidedAt;
    }

    /** An administrator ends an approval; the reader must submit again. */
    void revoke(long adminId, String reason) {
        if (status != SubmissionStatus.APPROVED || revokedAt != null) {
            throw IllegalDecisionException.alreadyDecided(id, status);
        }
        if (!isValidReason(reason)) {
            throw new IllegalArgumentException("A revocation needs a reason of 1 to " + MAX_REASON_LENGTH + " characters");
        }
        this.revokedAt = Instant.now();
        this.revokedBy = adminId;
        this.revocationReason = reason.strip();
        registerEvent(new ApprovalRevoked(id, userId, adminId, revokedAt));
    }

    Long id() {
        return id;
    }

    SubmissionStatus status() {
        return status;
    }

    Long decidedBy() {
        return decidedBy;
    }

    String rejectionReason() {
        return rejectionReason;
    }

    SubmissionView toView() {
        return new SubmissionView(id, userId, profession, realName, institution, department, title, licenceNumber,
                licencePhotoId, status, submittedAt, decidedBy, decidedAt, rejectionReason, claimedBy, claimedUntil,
                revokedAt, revocationReason);
    }
}
