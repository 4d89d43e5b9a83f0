package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How kept search answers behave while queries are slow: an index whose queries on chosen words
 * wait until the test lets them go, and a clock the test moves.
 */
class RememberedQueriesTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final SlowIndex index = new SlowIndex();
    private final AtomicLong nanos = new AtomicLong();
    private final ExecutorService readers = Executors.newCachedThreadPool();
    private final List<RememberedQueries> made = new ArrayList<>();

    @AfterEach
    void stop() {
        index.releaseAll();
        readers.shutdownNow();
        made.forEach(RememberedQueries::close);
    }

    @Test
    void aKeptAnswerIsServedWhileAnotherKeyIsComputedSlowly() {
        RememberedQueries queries = remembered(1);
        assertThat(queries.query(query("sorafenib")).total()).isEqualTo(1);
        index.holdNext("lenvatinib");
        CompletableFuture<IndexHits> slow = read(queries, query("lenvatinib"));
        await().atMost(DEADLINE).until(() -> index.started("lenvatinib") == 1);

        // The only worker is busy with the slow miss; the kept answer does not wait for it.
        assertThat(answeredSoon(read(queries, query("sorafenib"))).total()).isEqualTo(1);
        assertThat(index.started("sorafenib")).isEqualTo(1);
        assertThat(slow).isNotDone();

        index.release("lenvatinib");
        assertThat(answeredSoon(slow).total()).isEqualTo(1);
    }

    @Test
    void anotherKeyMissesAndIsAnsweredWhileOneIsComputedSlowly() {
        RememberedQueries queries = remembered(2);
        index.holdNext("lenvatinib");
        CompletableFuture<IndexHits> slow = read(queries, query("lenvatinib"));
        await().atMost(DEADLINE).until(() -> index.started("lenvatinib") == 1);

        assertThat(answeredSoon(read(queries, query("TACE"))).total()).isEqualTo(1);
        assertThat(slow).isNotDone();
        index.release("lenvatinib");
        answeredSoon(slow);
    }

    @Test
    void readersOfTheSameWordsShareOneComputation() {
        RememberedQueries queries = remembered(2);
        index.holdNext("HAIC");
        List<CompletableFuture<IndexHits>> same = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            same.add(read(queries, query("HAIC")));
        }
        await().atMost(DEADLINE).until(() -> index.started("HAIC") == 1);
        index.release("HAIC");

        same.forEach(reader -> assertThat(answeredSoon(reader).total()).isEqualTo(1));
        assertThat(index.started("HAIC")).isEqualTo(1);
    }

    @Test
    void aDueAnswerIsServedAsKeptWhileOneRefreshRuns() {
        RememberedQueries queries = remembered(2);
        queries.query(query("PVTT"));
        loadRecorded(queries, 1);
        index.write();
        nanos.addAndGet(RememberedQueries.REFRESH_AFTER.plusSeconds(1).toNanos());
        index.holdNext("PVTT");

        // Written past this instance (as another instance writes to a shared cluster): served as kept.
        assertThat(answeredSoon(read(queries, query("PVTT"))).total()).isEqualTo(1);
        assertThat(answeredSoon(read(queries, query("PVTT"))).total()).isEqualTo(1);
        await().atMost(DEADLINE).until(() -> index.started("PVTT") == 2);
        index.release("PVTT");

        await().atMost(DEADLINE).until(() -> queries.refreshing() == 0);
        assertThat(queries.query(query("PVTT")).total()).isEqualTo(2);
        assertThat(index.started("PVTT")).isEqualTo(2);
    }

    @Test
    void aWriteDuringARefreshDoesNotBringTheOldAnswerBack() {
        RememberedQueries queries = remembered(2);
        assertThat(queries.query(query("HCC")).total()).isEqualTo(1);
        loadRecorded(queries, 1);
        nanos.addAndGet(RememberedQueries.REFRESH_AFTER.plusSeconds(1).toNanos());
        index.holdNext("HCC");
        assertThat(answeredSoon(read(queries, query("HCC"))).total()).isEqualTo(1);
        // The refresh has read the index as it was before the write below.
        await().atMost(DEADLINE).until(() -> index.started("HCC") == 2);

        queries.put(List.of());
        index.release("HCC");
        await().atMost(DEADLINE).until(() -> index.finished("HCC") == 2 && queries.refreshing() == 0);

        assertThat(queries.query(query("HCC")).total()).isEqualTo(2);
        assertThat(queries.cache().asMap().values()).allSatisfy(kept -> assertThat(kept.hits().total()).isEqualTo(2));
    }

    @Test
    void anAnswerComputedBeforeAWriteIsNotServedEvenIfTheCacheHeldIt() {
        RememberedQueries queries = remembered(2);
        IndexHits before = queries.query(query("MVI"));
        queries.flush();
        index.write();
        // As a cache that let a late refresh put its answer back would hold it.
        queries.cache().put(query("MVI"), new RememberedQueries.Answer(0, before));

        assertThat(queries.query(query("MVI")).total()).isEqualTo(2);
        assertThat(queries.cache().getIfPresent(query("MVI")).hits().total()).isEqualTo(2);
    }

    @Test
    void aReaderAfterAWriteNeverGetsAMissThatBeganBeforeIt() {
        RememberedQueries queries = remembered(2);
        index.holdNext("ICC");
        CompletableFuture<IndexHits> before = read(queries, query("ICC"));
        await().atMost(DEADLINE).until(() -> index.started("ICC") == 1);

        queries.replace(Map.of());
        assertThat(answeredSoon(read(queries, query("ICC"))).total()).isEqualTo(2);

        index.release("ICC");
        answeredSoon(before);
        assertThat(queries.query(query("ICC")).total()).isEqualTo(2);
    }

    @Test
    void aReloadOfTheSynonymsDropsTheKeptAnswers() {
        RememberedQueries queries = remembered(2);
        queries.query(query("tumour"));
        index.write();
        queries.forgetAll();
        assertThat(queries.query(query("tumour")).total()).isEqualTo(2);
    }

    @Test
    void readersWhoPassedOtherZonesDoNotShareAnswers() {
        RememberedQueries queries = remembered(2);
        IndexQuery passed = IndexQuery.results("sorafenib", new ZoneAccess.Split(Set.of(1L), Set.of(2L)), null, null,
                null, 0, 10);
        IndexQuery notPassed = IndexQuery.results("sorafenib", new ZoneAccess.Split(Set.of(), Set.of(1L, 2L)), null,
                null, null, 0, 10);
        queries.query(passed);
        queries.query(notPassed);
        assertThat(index.started("sorafenib")).isEqualTo(2);
    }

    @Test
    void everyWriteIsToldToTheOtherInstancesOnceItsAnswersAreDroppedHere() {
        AtomicReference<RememberedQueries> made = new AtomicReference<>();
        List<Long> keptWhenTold = new ArrayList<>();
        RememberedQueries queries = new RememberedQueries(index, nanos::get, 1,
                () -> keptWhenTold.add(made.get().cache().estimatedSize()));
        made.set(queries);
        this.made.add(queries);
        queries.query(query("sorafenib"));
        queries.put(List.of());
        queries.replace(Map.of());
        queries.removeAllExcept(Set.of());
        queries.flush();
        queries.compact();
        assertThat(keptWhenTold).containsExactly(0L, 0L, 0L, 0L);
    }

    @Test
    void titlesAreReadOncePerSetOfZonesUntilTheIndexIsWritten() {
        RememberedQueries queries = remembered(1);
        ZoneAccess.Split passed = new ZoneAccess.Split(Set.of(1L), Set.of(2L));
        queries.titles(passed, 2000);
        queries.titles(new ZoneAccess.Split(Set.of(1L), Set.of(2L)), 2000);
        assertThat(index.titlesRead).hasValue(1);
        queries.titles(new ZoneAccess.Split(Set.of(1L, 2L), Set.of()), 2000);
        assertThat(index.titlesRead).hasValue(2);
        queries.put(List.of());
        assertThat(queries.titles(passed, 2000)).containsExactly("Sorafenib after TACE");
        assertThat(index.titlesRead).hasValue(3);
    }

    private RememberedQueries remembered(int threads) {
        RememberedQueries queries = new RememberedQueries(index, nanos::get, threads);
        made.add(queries);
        return queries;
    }

    private CompletableFuture<IndexHits> read(RememberedQueries queries, IndexQuery query) {
        return CompletableFuture.supplyAsync(() -> queries.query(query), readers);
    }

    /**
     * Caffeine sets a loaded answer's write time (from the test's clock) just after the answer is
     * handed to the reader, then counts the load: the clock may move only once it has, or the
     * answer counts as written at the later time and no refresh is due.
     */
    private static void loadRecorded(RememberedQueries queries, long loads) {
        await().atMost(DEADLINE).until(() -> queries.cache().stats().loadSuccessCount() >= loads);
    }

    private static <T> T answeredSoon(CompletableFuture<T> answer) {
        await().atMost(DEADLINE).until(answer::isDone);
        return answer.join();
    }

    private static IndexQuery query(String text) {
        return IndexQuery.results(text, new ZoneAccess.Split(Set.of(1L), Set.of()), null, null, null, 0, 10);
    }

    /** Answers with the number of writes so far plus one as the total; holds chosen words until released. */
    private static final class SlowIndex implements SearchIndex {

        private final AtomicLong version = new AtomicLong(1);
        private final AtomicInteger titlesRead = new AtomicInteger();
        private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
        private final Map<String, CountDownLatch> holding = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> started = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> finished = new ConcurrentHashMap<>();

        void holdNext(String text) {
            held.put(text, new CountDownLatch(1));
        }

        void release(String text) {
            CountDownLatch latch = holding.remove(text);
            if (latch != null) {
                latch.countDown();
            }
        }

        void releaseAll() {
            held.values().forEach(CountDownLatch::countDown);
            holding.values().forEach(CountDownLatch::countDown);
        }

        void write() {
            version.incrementAndGet();
        }

        int started(String text) {
            return count(started, text).get();
        }

        int finished(String text) {
            return count(finished, text).get();
        }

        @Override
        public IndexHits query(IndexQuery query) {
            long seen = version.get();
            CountDownLatch latch = held.remove(query.text());
            if (latch != null) {
                holding.put(query.text(), latch);
            }
            count(started, query.text()).incrementAndGet();
            if (latch != null) {
                await(latch);
            }
            count(finished, query.text()).incrementAndGet();
            return new IndexHits(List.of(), seen, true, Map.of());
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static AtomicInteger count(Map<String, AtomicInteger> counts, String text) {
            return counts.computeIfAbsent(text, key -> new AtomicInteger());
        }

        @Override
        public void replace(Map<IndexUnit, List<IndexedEntry>> units) {
            write();
        }

        @Override
        public void put(List<IndexedEntry> entries) {
            write();
        }

        @Override
        public void removeAllExcept(Set<String> kept) {
            write();
        }

        @Override
        public void flush() {
        }

        @Override
        public void compact() {
        }

        @Override
        public List<String> titles(ZoneAccess.Split zones, int limit) {
            titlesRead.incrementAndGet();
            return List.of("Sorafenib after TACE");
        }

        @Override
        public List<Integer> years() {
            return List.of();
        }

        @Override
        public IndexDigest digest(String kind) {
            return new IndexDigest(0, 0, 0);
        }

        @Override
        public long size() {
            return 0;
        }

        @Override
        public String backendName() {
            return "slow";
        }
    }
}
