package com.hcpress.verification;

/** How a reviewer's approve or reject ended; {@link #messageKey()} says it to the reviewer. */
public record DecisionResult(Outcome outcome) {

    public enum Outcome {
        APPROVED("review.outcome.approved"),
        REJECTED("review.outcome.rejected"),
        ALREADY_DECIDED("review.outcome.alreadyDecided"),
        OWN_SUBMISSION("review.outcome.ownSubmission"),
        CLAIMED_BY_OTHER("review.outcome.claimedByOther"),
        REVOKED("review.outcome.revoked"),
        REASON_INVALID("review.outcome.reasonInvalid"),
        NOT_FOUND("review.outcome.notFound");

        private final String messageKey;

        Outcome(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    public boolean decided() {
        return outcome == Outcome.APPROVED || outcome == Outcome.REJECTED;
    }

    public String messageKey() {
        return outcome.messageKey;
    }
}
