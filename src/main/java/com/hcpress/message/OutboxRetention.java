package com.hcpress.message;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finished messages (sent, failed, held) are deleted {@code hcpress.messages.keep} after they were
 * written (default 30 days, checked hourly): they hold one-time codes and addresses, and are needed
 * only to see what happened lately. Several instances deleting the same rows is harmless.
 */
@Component
class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

    private final JdbcClient jdbc;
    private final Duration keep;

    OutboxRetention(JdbcClient jdbc, @Value("${hcpress.messages.keep:30d}") Duration keep) {
        this.jdbc = jdbc;
        this.keep = keep;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    @Transactional
    public int purge() {
        int deleted = jdbc.sql("delete from message_outbox where state in ('SENT', 'FAILED', 'HELD') "
                        + "and created_at < now() - make_interval(secs => ?)")
                .param((double) keep.toSeconds()).update();
        if (deleted > 0) {
            log.info("Deleted {} finished messages older than {}", deleted, keep);
        }
        return deleted;
    }
}
