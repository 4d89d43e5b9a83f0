package com.hcpress.verification;

/**
 * A decision the state machine refuses: the submission is no longer pending, it is the reviewer's
 * own, or another reviewer holds the claim on it.
 */
class IllegalDecisionException extends RuntimeException {

    enum Kind { ALREADY_DECIDED, OWN_SUBMISSION, CLAIMED_BY_OTHER }

    private final Kind kind;

    private IllegalDecisionException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    static IllegalDecisionException alreadyDecided(Long submissionId, SubmissionStatus status) {
        return new IllegalDecisionException(Kind.ALREADY_DECIDED, "Submission " + submissionId + " is already " + status);
    }

    static IllegalDecisionException ownSubmission(Long submissionId) {
        return new IllegalDecisionException(Kind.OWN_SUBMISSION, "A reviewer cannot decide their own submission " + submissionId);
    }

    static IllegalDecisionException claimedByOther(Long submissionId) {
        return new IllegalDecisionException(Kind.CLAIMED_BY_OTHER, "Another reviewer holds the claim on submission " + submissionId);
    }

    Kind kind() {
        return kind;
    }
}
