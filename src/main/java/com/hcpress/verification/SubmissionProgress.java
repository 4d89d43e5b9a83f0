package com.hcpress.verification;

import java.util.Collection;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which of a batch of accounts have sent a profile, and which have a submission standing approved:
 * steps of a zone's gate funnel in the newsroom's statistics. One query per batch.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionProgress {

    private final JdbcClient jdbc;

    SubmissionProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of {@code accountIds} with any submission. */
    public Set<Long> submitted(Collection<Long> accountIds) {
        return withSubmission(accountIds, "");
    }

    /** Those of {@code accountIds} with a submission whose status is approved. */
    public Set<Long> approved(Collection<Long> accountIds) {
        return withSubmission(accountIds, " and status = 'APPROVED'");
    }

    private Set<Long> withSubmission(Collection<Long> accountIds, String condition) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select distinct user_id from verification_submission where user_id = any(?)" + condition)
                .param(accountIds.stream().distinct().toArray(Long[]::new)).query(Long.class).list());
    }
}
