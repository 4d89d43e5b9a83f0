package com.hcpress.verification;

public enum SubmissionStatus {
    SUBMITTED, APPROVED, REJECTED
}
