package com.hcpress.verification;

import java.time.Instant;

/** An administrator ended the approval of a submission; the reader loses access to gated zones. */
public record ApprovalRevoked(long submissionId, long userId, long adminId, Instant at) {
}
