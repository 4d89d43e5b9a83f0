package com.hcpress.verification;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Claims on pending submissions: the reviewer who opens one holds it for {@link #CLAIM} (renewed
 * each time they open it again); another reviewer's decision is refused while it runs. One UPDATE
 * each, so two reviewers opening the same submission at once cannot both hold it. The version
 * column moves with a claim, so a decision loaded before a change of claim fails instead of
 * overwriting it.
 */
@Component
class ReviewClaims {

    static final Duration CLAIM = Duration.ofMinutes(10);

    private final JdbcClient jdbc;

    ReviewClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when {@code reviewerId} now holds the claim; false when someone else does or it is decided. */
    boolean claim(long submissionId, long reviewerId) {
        return jdbc.sql("""
                        update verification_submission
                           set claimed_at = case when claimed_by = :reviewer and claimed_until > now() then claimed_at else now() end,
                               claimed_by = :reviewer, claimed_until = now() + make_interval(secs => :seconds),
                               version = version + 1
                         where id = :id and status = 'SUBMITTED' and user_id <> :reviewer
                           and (claimed_by is null or claimed_by = :reviewer or claimed_until <= now())""")
                .param("reviewer", reviewerId).param("seconds", CLAIM.toSeconds()).param("id", submissionId)
                .update() == 1;
    }

    /** Gives the claim up; only its holder can. */
    boolean release(long submissionId, long reviewerId) {
        return jdbc.sql("""
                        update verification_submission set claimed_by = null, claimed_at = null, claimed_until = null,
                               version = version + 1
                         where id = :id and status = 'SUBMITTED' and claimed_by = :reviewer""")
                .param("id", submissionId).param("reviewer", reviewerId).update() == 1;
    }

    /** An administrator takes the claim whoever holds it. */
    boolean takeOver(long submissionId, long adminId) {
        return jdbc.sql("""
                        update verification_submission
                           set claimed_by = :admin, claimed_at = now(), claimed_until = now() + make_interval(secs => :seconds),
                               version = version + 1
                         where id = :id and status = 'SUBMITTED' and user_id <> :admin""")
                .param("admin", adminId).param("seconds", CLAIM.toSeconds()).param("id", submissionId).update() == 1;
    }
}
