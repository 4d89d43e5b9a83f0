package com.hcpress.shared.background;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Writes what a request noted after the request has been answered: a bounded queue drained by one
 * daemon thread, in batches of up to {@code batchSize}. A full queue drops the item rather than
 * make the request wait: the drop is counted in the metric {@code <metric>.dropped} and logged at
 * most once a minute; {@code <metric>.queued} is the queue's length. A batch that fails is logged
 * and given up; the sink decides whether to retry its parts. {@link #close()} stops taking items
 * and writes what is queued before it returns (within {@link #CLOSE_WAIT}).
 */
public final class BatchWriter<T> implements AutoCloseable {

    /** Where the batches go, on the writer's thread. */
    public interface Sink<T> {

        void write(List<T> batch);

        /** Called when nothing came for {@link #IDLE}: for work the sink keeps aside. */
        default void idle() {
        }
    }

    static final Duration IDLE = Duration.ofMillis(200);
    static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

    private final String name;
    private final BlockingQueue<T> queue;
    private final int batchSize;
    private final Sink<T> sink;
    private final Counter dropped;
    private final AtomicInteger unwritten = new AtomicInteger();
    private final AtomicLong lastDropLogged = new AtomicLong();
    private final Thread thread;
    private volatile boolean open = true;

    public BatchWriter(String name, int capacity, int batchSize, Sink<T> sink, MeterRegistry meters, String metric) {
        if (capacity < 1 || batchSize < 1) {
            throw new IllegalArgumentException("capacity and batch size must be positive");
        }
        this.name = name;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.sink = sink;
        this.dropped = Counter.builder(metric + ".dropped")
                .description("Items of " + name + " dropped because its queue was full").register(meters);
        Gauge.builder(metric + ".queued", queue, BlockingQueue::size)
                .description("Items of " + name + " waiting to be written").register(meters);
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues the item and returns at once; false when it was dropped (queue full, or closed). */
    public boolean offer(T item) {
        unwritten.incrementAndGet();
        if (open && queue.offer(item)) {
            return true;
        }
        unwritten.decrementAndGet();
        dropped.increment();
        long now = System.nanoTime();
        long last = lastDropLogged.get();
        if ((last == 0 || now - last > TimeUnit.MINUTES.toNanos(1)) && lastDropLogged.compareAndSet(last, now)) {
            log.warn("{}: queue full or closed, {} items dropped so far", name, (long) dropped.count());
        }
        return false;
    }

    /** Items queued or being written: zero once everything offered so far is written (or given up). */
    public int unwritten() {
        return unwritten.get();
    }

    public long droppedCount() {
        return (long) dropped.count();
    }

    private void run() {
        List<T> batch = new ArrayList<>(batchSize);
        while (true) {
            T first;
            try {
                first = open ? queue.poll(IDLE.toMillis(), TimeUnit.MILLISECONDS) : queue.poll();
            } catch (InterruptedException e) {
                first = queue.poll();
            }
            if (first == null) {
                if (!open) {
                    return;
                }
                safely(sink::idle);
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, batchSize - 1);
            try {
                safely(() -> sink.write(List.copyOf(batch)));
            } finally {
                unwritten.addAndGet(-batch.size());
                batch.clear();
            }
        }
    }

    private void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failure) {
            log.warn("{}: batch not written: {}", name, failure.toString());
        }
    }

    /** Takes no more items and writes those queued before returning. */
    @Override
    public void close() throws InterruptedException {
        open = false;
        thread.join(CLOSE_WAIT.toMillis());
        if (thread.isAlive()) {
            log.warn("{}: {} items still unwritten at shutdown", name, queue.size());
        }
    }
}
