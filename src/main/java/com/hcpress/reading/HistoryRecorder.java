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
 * history is a convenience, not a record anyone relies on. The views waiting at once (up to
 * {@link #BATCH}) are written in one transaction of at most four statements whatever their number
 * ({@link ReadingHistory#recordAll}), so that under load the database works once per batch rather
 * than once per view.
 *
 * <p>Sizes, for about 1,000 views a second: a batch of 500 is what waits after half a second's stall
 * (a slow commit, a pause of the collector), written at once rather than in five rounds, and still a
 * small statement (500-element arrays; the trim reads at most {@link ReadingHistory#KEPT} index
 * entries per reader of the batch). The queue of 10,000 rides out some ten seconds of a stalled
 * database, at about a megabyte of memory; a longer stall loses views rather than requests'
 * memory. Set-based, the writer keeps up with well over ten times that rate (see
 * docs/benchmarks.md), so the queue fills only while the database itself does not answer.
 */
@Component
public class HistoryRecorder implements DisposableBean {

    static final int QUEUE = 10_000;
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(HistoryRecorder.class);

    private final ReadingHistory history;
    private final BatchWriter<ReadingHistory.View> writer;

    HistoryRecorder(ReadingHistory history, MeterRegistry meters) {
        this.history = history;
        this.writer = new BatchWriter<>("reading-history", QUEUE, BATCH, this::write, meters, "hcpress.reading.history");
    }

    /** Queues the view; returns at once. */
    public void viewed(long accountId, ItemKind kind, String key) {
        if (kind.isKey(key)) {
            writer.offer(new ReadingHistory.View(accountId, kind, key, Instant.now()));
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
        writer.close();
    }
}
