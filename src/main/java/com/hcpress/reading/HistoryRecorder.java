package com.hcpress.reading;

import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records views off the request thread, after the page has been answered, so that the history
 * never slows a page. One thread and a bounded queue: under a flood the views beyond the queue
 * are dropped (and counted), as the history is a convenience, not a record anyone relies on.
 */
@Component
public class HistoryRecorder implements DisposableBean {

    static final int QUEUE = 10_000;
    private static final Logger log = LoggerFactory.getLogger(HistoryRecorder.class);

    private final ReadingHistory history;
    private final ThreadPoolExecutor executor;
    private final Counter dropped;

    HistoryRecorder(ReadingHistory history, MeterRegistry meters) {
        this.history = history;
        this.dropped = Counter.builder("hcpress.reading.history.dropped")
                .description("Views not recorded in the reading history because its queue was full").register(meters);
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE),
                task -> {
                    Thread thread = new Thread(task, "reading-history");
                    thread.setDaemon(true);
                    return thread;
                }, (task, pool) -> dropped.increment());
    }

    /** Queues the view; returns at once. */
    public void viewed(long accountId, ItemKind kind, String key) {
        if (!kind.isKey(key)) {
            return;
        }
        Instant viewedAt = Instant.now();
        executor.execute(() -> {
            try {
                history.record(accountId, kind, key, viewedAt);
            } catch (RuntimeException failure) {
                // The account may have been deleted meanwhile; the page was answered all the same.
                log.debug("View of {} {} by {} not recorded: {}", kind, key, accountId, failure.toString());
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
