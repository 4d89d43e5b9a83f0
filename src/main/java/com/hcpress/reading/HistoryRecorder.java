package com.hcpress.reading;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.hcpress.shared.background.BatchWriter;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records views off the request thread, after the page has been answered, so that the history
 * never slows a page. One thread and a bounded queue ({@link BatchWriter}): under a flood the views
 * beyond the queue are dropped (and counted in {@code hcpress.reading.history.dropped}), as the
 * history is a convenience, not a record anyone relies on.
 */
@Component
public class HistoryRecorder implements DisposableBean {

    static final int QUEUE = 10_000;
    private static final Logger log = LoggerFactory.getLogger(HistoryRecorder.class);

    private record View(long accountId, ItemKind kind, String key, Instant viewedAt) {
    }

    private final BatchWriter<View> writer;

    HistoryRecorder(ReadingHistory history, MeterRegistry meters) {
        this.writer = new BatchWriter<>("reading-history", QUEUE, 100, (List<View> views) -> {
            for (View view : views) {
                try {
                    history.record(view.accountId(), view.kind(), view.key(), view.viewedAt());
                } catch (RuntimeException failure) {
                    // The account may have been deleted meanwhile; the page was answered all the same.
                    log.debug("View of {} {} by {} not recorded: {}", view.kind(), view.key(), view.accountId(),
                            failure.toString());
                }
            }
        }, meters, "hcpress.reading.history");
    }

    /** Queues the view; returns at once. */
    public void viewed(long accountId, ItemKind kind, String key) {
        if (kind.isKey(key)) {
            writer.offer(new View(accountId, kind, key, Instant.now()));
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        writer.close();
    }
}
