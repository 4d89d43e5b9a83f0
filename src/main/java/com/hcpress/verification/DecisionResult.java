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
        FIELDS_MISSING("review.outcome.fieldsMissing"),
        TEMPLATE_MISSING("review.outcome.templateMissing"),
        NOTE_TOO_LONG("review.outcome.noteTooLong"),
        NOT_FOUND("review.outcome.notFound");

        private final String messageKey;

        Outcome(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    public boolean decided() {
        return outcome == Outcome.APPROVED || outcome == Outcome.REJECTED;
    }

    /** The reviewer's input was refused: nothing was decided, the form is shown again with the message. */
    public boolean inputRefused() {
        return outcome == Outcome.REASON_INVALID || outcome == Outcome.FIELDS_MISSING
                || outcome == Outcome.TEMPLATE_MISSING || outcome == Outcome.NOTE_TOO_LONG;
    }

    public String messageKey() {
        return outcome.messageKey;
    }
}
