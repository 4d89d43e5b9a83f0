package com.hcpress.gate;

import com.hcpress.consent.ConsentState;

/** Everything the gate decision depends on, for one user and one zone. */
public record GateFacts(boolean signedIn, boolean contentStaff, ConsentState agreement, ConsentState zoneConsent,
                        Verification verification, boolean questionsDone) {

    public enum Verification {
        NONE, PENDING, REJECTED, APPROVED
    }

    public static GateFacts anonymous() {
        return new GateFacts(false, false, ConsentState.NONE, ConsentState.NONE, Verification.NONE, false);
    }
}
