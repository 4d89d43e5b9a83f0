package com.hcpress.gate;

/** The gate as a pure function: the same facts always give the same next step. */
public final class GateDecision {

    private GateDecision() {
    }

    public static GateStep next(GateFacts facts) {
        if (!facts.signedIn()) {
            return GateStep.SIGN_IN;
        }
        if (facts.contentStaff()) {
            return GateStep.PASSED;
        }
        if (!facts.agreement().satisfied()) {
            return GateStep.AGREEMENT;
        }
        if (!facts.zoneConsent().satisfied()) {
            return GateStep.CONSENT;
        }
        switch (facts.verification()) {
            case NONE:
                return GateStep.PROFILE;
            case PENDING:
                return GateStep.UNDER_REVIEW;
            case REJECTED:
                return GateStep.REJECTED;
            case APPROVED:
            default:
                break;
        }
        return facts.questionsDone() ? GateStep.PASSED : GateStep.QUESTIONS;
    }
}
