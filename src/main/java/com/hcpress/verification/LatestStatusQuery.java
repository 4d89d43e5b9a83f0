package com.hcpress.verification;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The gate asks for a user's status on every gated request: one statement on the
 * (user_id, id desc) index, run on its own without opening a JPA transaction.
 */
@Component
class LatestStatusQuery {

    private final JdbcClient jdbc;
    private final ApprovalValidity validity;

    LatestStatusQuery(JdbcClient jdbc, ApprovalValidity validity) {
        this.jdbc = jdbc;
        this.validity = validity;
    }

    VerificationStatus statusOf(long userId) {
        return standingOf(userId).status();
    }

    VerificationStanding standingOf(long userId) {
        return jdbc.sql("""
                        select id, status, rejection_reason, revocation_reason,
                               decided_at <= now() - cast(? as interval) as expired,
                               decided_at + cast(? as interval) as approval_ends
                        from verification_submission
                        where user_id = ? order by id desc limit 1""")
                .param(validity.asInterval()).param(validity.asInterval()).param(userId)
                .query((row, n) -> {
                    VerificationStatus status = VerificationStatus.of(row.getLong("id"),
                            SubmissionStatus.valueOf(row.getString("status")), row.getString("rejection_reason"),
                            row.getString("revocation_reason"), row.getBoolean("expired"));
                    Timestamp ends = row.getTimestamp("approval_ends");
                    return new VerificationStanding(status,
                            status.state() == VerificationStatus.State.APPROVED && ends != null ? ends.toInstant() : null);
                })
                .optional()
                .orElse(new VerificationStanding(VerificationStatus.NONE, null));
    }
}
