package com.hcpress.operations;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the queue sizes and ages with one cheap query and keeps the answer a few seconds
 * ({@code hcpress.metrics.backlog-refresh}, 5 s), so Prometheus scraping several gauges, or several
 * scrapers, cost one query per interval. A reading that fails keeps the last one.
 */
@Component
class Backlogs {

    private static final Logger log = LoggerFactory.getLogger(Backlogs.class);

    private static final String QUEUES = """
            select
              (select count(*) from verification_submission where status = 'SUBMITTED') as review_queue,
              (select coalesce(extract(epoch from now() - min(submitted_at)), 0)
                 from verification_submission where status = 'SUBMITTED') as review_oldest,
              (select count(*) from search_outbox) as search_outbox,
              (select coalesce(extract(epoch from now() - min(created_at)), 0) from search_outbox) as search_oldest,
              to_regclass('message_outbox') is not null as has_messages
            """;
    private static final String MESSAGES = """
            select
              count(*) filter (where state in ('QUEUED', 'SENDING')) as waiting,
              coalesce(extract(epoch from now() - min(created_at) filter (where state in ('QUEUED', 'SENDING'))), 0) as oldest,
              count(*) filter (where state = 'FAILED') as failed
            from message_outbox
            """;

    private final JdbcClient jdbc;
    private final long refreshNanos;
    private BacklogSnapshot last = BacklogSnapshot.EMPTY;
    private long readAt;
    private boolean read;

    Backlogs(JdbcClient jdbc, @Value("${hcpress.metrics.backlog-refresh:5s}") Duration refresh) {
        this.jdbc = jdbc;
        this.refreshNanos = refresh.toNanos();
    }

    synchronized BacklogSnapshot current() {
        long now = System.nanoTime();
        if (!read || now - readAt >= refreshNanos) {
            readAt = now;
            read = true;
            try {
                last = readNow();
            } catch (RuntimeException e) {
                log.warn("Could not read the queue sizes for the metrics: {}", e.getMessage());
            }
        }
        return last;
    }

    private BacklogSnapshot readNow() {
        return jdbc.sql(QUEUES).query((row, n) -> {
            long reviewQueue = row.getLong("review_queue");
            double reviewOldest = row.getDouble("review_oldest");
            long searchOutbox = row.getLong("search_outbox");
            double searchOldest = row.getDouble("search_oldest");
            if (!row.getBoolean("has_messages")) {
                return new BacklogSnapshot(reviewQueue, reviewOldest, searchOutbox, searchOldest, 0, 0, 0);
            }
            return jdbc.sql(MESSAGES).query((messages, m) -> new BacklogSnapshot(reviewQueue, reviewOldest,
                    searchOutbox, searchOldest, messages.getLong("waiting"), messages.getDouble("oldest"),
                    messages.getLong("failed"))).single();
        }).single();
    }
}
