package com.hcpress.operations;

import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * Gauges of the queues: the review queue (size, age of the oldest submission), the search index's
 * lag (outbox rows not yet applied, age of the oldest) and the message outbox (waiting, oldest,
 * failed). All read from {@link Backlogs}, so a scrape costs at most one reading every few seconds.
 */
@Component
class BacklogMetrics implements MeterBinder {

    private final Backlogs backlogs;

    BacklogMetrics(Backlogs backlogs) {
        this.backlogs = backlogs;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "hcpress.review.queue.size", "Submissions waiting for a reviewer's decision", null,
                BacklogSnapshot::reviewQueue);
        gauge(registry, "hcpress.review.queue.oldest", "Age of the oldest submission waiting for review", "seconds",
                BacklogSnapshot::reviewOldestSeconds);
        gauge(registry, "hcpress.search.outbox.size", "Content changes not yet applied to the search index", null,
                BacklogSnapshot::searchOutbox);
        gauge(registry, "hcpress.search.outbox.oldest", "Age of the oldest change not yet in the search index",
                "seconds", BacklogSnapshot::searchOldestSeconds);
        gauge(registry, "hcpress.messages.outbox.waiting", "Messages queued or being sent", null,
                BacklogSnapshot::messagesWaiting);
        gauge(registry, "hcpress.messages.outbox.oldest", "Age of the oldest message waiting to be sent", "seconds",
                BacklogSnapshot::messagesOldestSeconds);
        gauge(registry, "hcpress.messages.outbox.failed", "Messages that failed for good", null,
                BacklogSnapshot::messagesFailed);
    }

    private void gauge(MeterRegistry registry, String name, String description, String unit,
                       ToDoubleFunction<BacklogSnapshot> value) {
        Gauge.builder(name, backlogs, b -> value.applyAsDouble(b.current()))
                .description(description).baseUnit(unit).strongReference(true).register(registry);
    }
}
