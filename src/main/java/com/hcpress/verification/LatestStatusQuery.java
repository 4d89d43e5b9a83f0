package com.hcpress.verification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The gate asks for a user's status on every gated request: one statement on the
 * (user_id, id desc) index, run on its own without opening a JPA transaction.
 */
@Component
class LatestStatusQuery {

    private final JdbcClient jdbc;

    LatestStatusQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    VerificationStatus statusOf(long userId) {
        return jdbc.sql("""
                        select id, status, rejection_reason from verification_submission
                        where user_id = ? order by id desc limit 1""")
                .param(userId)
                .query((row, n) -> VerificationStatus.of(row.getLong("id"),
                        SubmissionStatus.valueOf(row.getString("status")), row.getString("rejection_reason")))
                .optional()
                .orElse(VerificationStatus.NONE);
    }
}
