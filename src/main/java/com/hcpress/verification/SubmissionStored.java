package com.hcpress.verification;

/** A submission and its photo were stored; published inside the storing transaction. */
record SubmissionStored(long submissionId) {
}
