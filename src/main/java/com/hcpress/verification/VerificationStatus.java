package com.hcpress.verification;

/**
 * Where a user stands, from their latest submission: what the gate needs and nothing more.
 * {@code rejectionReason} is set only when REJECTED, {@code submissionId} unless NONE.
 */
public record VerificationStatus(State state, String rejectionReason, Long submissionId) {

    public enum State {
        NONE, PENDING, APPROVED, REJECTED
    }

    static final VerificationStatus NONE = new VerificationStatus(State.NONE, null, null);

    static VerificationStatus of(long submissionId, SubmissionStatus status, String rejectionReason) {
        State state = switch (status) {
            case SUBMITTED -> State.PENDING;
            case APPROVED -> State.APPROVED;
            case REJECTED -> State.REJECTED;
        };
        return new VerificationStatus(state, rejectionReason, submissionId);
    }

    /** A new submission is accepted only from a user who has none waiting and is not yet approved. */
    public boolean maySubmit() {
        return state == State.NONE || state == State.REJECTED;
    }
}
