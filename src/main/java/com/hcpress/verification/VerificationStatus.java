package com.hcpress.verification;

public record VerificationStatus(State state, String reason, Long submissionId) {

    public enum State {
        NONE, PENDING, APPROVED, REJECTED
    }
}
