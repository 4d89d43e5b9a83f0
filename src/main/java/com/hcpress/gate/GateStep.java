package com.hcpress.gate;

/** The next thing a user must do to read a zone, in the order the gate asks for them. */
public enum GateStep {
    SIGN_IN, AGREEMENT, CONSENT, PROFILE, UNDER_REVIEW, REJECTED, QUESTIONS, PASSED
}
