package com.hcpress.operations;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.hcpress.message.OutboxView;
import com.hcpress.search.SearchMaintenance;
import com.hcpress.shared.db.QueueBacklog;
import com.hcpress.verification.ReviewStatistics;

/**
 * Asks the features that own the queues (verification's review queue, search's outbox, message's
 * outbox) for their sizes and ages and keeps the answer a few seconds
 * ({@code hcpress.metrics.backlog-refresh}, 5 s), so Prometheus scraping several gauges, or several
 * scrapers, cost three cheap queries per interval. A reading that fails keeps the last one.
 */
@Component
class Backlogs {

    private static final Logger log = LoggerFactory.getLogger(Backlogs.class);

    private final ReviewStatistics reviews;
    private final SearchMaintenance search;
    private final OutboxView messages;
    private final long refreshNanos;
    private BacklogSnapshot last = BacklogSnapshot.EMPTY;
    private long readAt;
    private boolean read;

    Backlogs(ReviewStatistics reviews, SearchMaintenance search, OutboxView messages,
             @Value("${hcpress.metrics.backlog-refresh:5s}") Duration refresh) {
        this.reviews = reviews;
        this.search = search;
        this.messages = messages;
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
        QueueBacklog review = reviews.queueBacklog();
        QueueBacklog changes = search.backlog();
        QueueBacklog outbox = messages.backlog();
        return new BacklogSnapshot(review.waiting(), review.oldestSeconds(), changes.waiting(), changes.oldestSeconds(),
                outbox.waiting(), outbox.oldestSeconds(), outbox.failed());
    }
}
