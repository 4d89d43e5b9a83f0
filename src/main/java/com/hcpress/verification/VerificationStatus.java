package com.hcpress.verification;

/**
 * Where a user stands, from their latest submission: what the gate needs and nothing more.
 * {@code rejectionReason} is set when REJECTED, and when REVOKED (the administrator's reason);
 * {@code submissionId} unless NONE. EXPIRED: the approval is older than its validity.
 */
public record VerificationStatus(State state, String rejectionReason, Long submissionId) {

    public enum State {
        NONE, PENDING, APPROVED, REJECTED, EXPIRED, REVOKED
    }

    static final VerificationStatus NONE = new VerificationStatus(State.NONE, null, null);

    static VerificationStatus of(long submissionId, SubmissionStatus status, String rejectionReason,
                                 String revocationReason, boolean expired) {
        if (status == SubmissionStatus.APPROVED && revocationReason != null) {
            return new VerificationStatus(State.REVOKED, revocationReason, submissionId);
        }
        if (status == SubmissionStatus.APPROVED && expired) {
            return new VerificationStatus(State.EXPIRED, null, submissionId);
        }
        return of(submissionId, status, rejectionReason);
    }

    static VerificationStatus of(long submissionId, SubmissionStatus status, String rejectionReason) {
        State state = switch (status) {
            case SUBMITTED -> State.PENDING;
            case APPROVED -> State.APPROVED;
            case REJECTED -> State.REJECTED;
        };
        return new VerificationStatus(state, rejectionReason, submissionId);
    }

    /** A new submission is accepted only from a user who has none waiting and no approval in force. */
    public boolean maySubmit() {
        return state != State.PENDING && state != State.APPROVED;
    }
}
