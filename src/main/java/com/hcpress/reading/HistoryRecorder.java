package com.hcpress.reading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
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
 * The thread writes the views waiting at once in one transaction (up to {@link #BATCH}), so that
 * under load the database commits once per batch rather than once per view.
 */
@Component
public class HistoryRecorder implements DisposableBean {

    static final int QUEUE = 10_000;
    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(HistoryRecorder.class);

    private final ReadingHistory history;
    private final BlockingQueue<ReadingHistory.View> views = new ArrayBlockingQueue<>(QUEUE);
    private final Counter dropped;
    private final Thread writer;
    private volatile boolean stopping;

    HistoryRecorder(ReadingHistory history, MeterRegistry meters) {
        this.history = history;
        this.dropped = Counter.builder("hcpress.reading.history.dropped")
                .description("Views not recorded in the reading history because its queue was full").register(meters);
        this.writer = new Thread(this::writeUntilStopped, "reading-history");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues the view; returns at once. */
    public void viewed(long accountId, ItemKind kind, String key) {
        if (!kind.isKey(key)) {
            return;
        }
        if (!views.offer(new ReadingHistory.View(accountId, kind, key, Instant.now()))) {
            dropped.increment();
        }
    }

    private void writeUntilStopped() {
        List<ReadingHistory.View> batch = new ArrayList<>(BATCH);
        while (!stopping || !views.isEmpty()) {
            try {
                ReadingHistory.View first = views.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                views.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException stop) {
                return;
            } catch (RuntimeException unexpected) {
                log.warn("Reading history views not recorded: {}", unexpected.toString());
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<ReadingHistory.View> batch) {
        try {
            history.recordAll(batch);
        } catch (RuntimeException failure) {
            // One view failing (its account erased meanwhile) undoes the batch: the others are written one by one.
            for (ReadingHistory.View view : batch) {
                try {
                    history.record(view.accountId(), view.kind(), view.key(), view.viewedAt());
                } catch (RuntimeException viewFailure) {
                    log.debug("View of {} {} by {} not recorded: {}", view.kind(), view.key(), view.accountId(),
                            viewFailure.toString());
                }
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        writer.join(TimeUnit.SECONDS.toMillis(5));
    }
}
