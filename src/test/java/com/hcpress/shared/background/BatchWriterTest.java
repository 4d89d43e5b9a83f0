package com.hcpress.shared.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class BatchWriterTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<List<Integer>> batches = new CopyOnWriteArrayList<>();

    @Test
    void writesInBatchesOffTheCallersThread() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        try (BatchWriter<Integer> writer = new BatchWriter<>("test-writes", 100, 10, batch -> {
            hold(held);
            batches.add(batch);
        }, meters, "test.writes")) {
            for (int i = 0; i < 25; i++) {
                assertThat(writer.offer(i)).isTrue();
            }
            assertThat(writer.unwritten()).isEqualTo(25);
            held.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> writer.unwritten() == 0);
        }
        assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(10));
        assertThat(batches.stream().flatMap(List::stream).toList()).hasSize(25);
        assertThat(batches.size()).isLessThan(25);
    }

    @Test
    void aFullQueueDropsAndCountsWithoutBlocking() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        try (BatchWriter<Integer> writer = new BatchWriter<>("test-drops", 3, 1, batch -> {
            hold(held);
            batches.add(batch);
        }, meters, "test.drops")) {
            assertThat(writer.offer(0)).isTrue();
            // The first item is taken by the writer thread, held; then the queue fills.
            await().atMost(Duration.ofSeconds(10)).until(() -> meters.get("test.drops.queued").gauge().value() == 0);
            for (int i = 1; i <= 3; i++) {
                assertThat(writer.offer(i)).isTrue();
            }
            assertThat(writer.offer(4)).isFalse();
            assertThat(writer.offer(5)).isFalse();
            assertThat(writer.droppedCount()).isEqualTo(2);
            assertThat(meters.get("test.drops.dropped").counter().count()).isEqualTo(2.0);
            held.countDown();
        }
        assertThat(batches.stream().flatMap(List::stream).toList()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void closingWritesWhatIsQueuedAndTakesNoMore() throws Exception {
        BatchWriter<Integer> writer = new BatchWriter<>("test-close", 1000, 50, batches::add, meters, "test.close");
        for (int i = 0; i < 500; i++) {
            writer.offer(i);
        }
        writer.close();
        assertThat(batches.stream().flatMap(List::stream).toList()).hasSize(500);
        assertThat(writer.offer(501)).isFalse();
    }

    @Test
    void aFailingBatchIsLoggedAndTheWriterGoesOn() throws Exception {
        try (BatchWriter<Integer> writer = new BatchWriter<>("test-failure", 100, 1, batch -> {
            if (batch.contains(1)) {
                throw new IllegalStateException("refused");
            }
            batches.add(batch);
        }, meters, "test.failure")) {
            writer.offer(1);
            writer.offer(2);
            await().atMost(Duration.ofSeconds(10)).until(() -> writer.unwritten() == 0);
        }
        assertThat(batches).containsExactly(List.of(2));
    }

    private static void hold(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
