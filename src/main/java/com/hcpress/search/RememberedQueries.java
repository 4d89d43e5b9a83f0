package com.hcpress.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * The index, with the answers to recent queries kept: the same words asked by readers who passed
 * the same zones get the same hits, and highlighting ten hits is most of a search's cost. The key
 * is the whole {@link IndexQuery}: text (as {@code Search} made it, at most 200 characters), the
 * zones open and locked to the reader, filters, page and purpose, so a reader only ever gets hits
 * computed for the zones they passed.
 *
 * <p>A missing answer is computed on a few threads of its own, never under the cache's lock: readers
 * of other keys are not held up, and readers of the same key share the one computation. An answer
 * asked for {@link #REFRESH_AFTER} after it was computed is served as kept while one background
 * query computes it again; none is served older than {@link #LIFETIME}, the backstop for a change
 * no notice told of.
 *
 * <p>Every write through this instance, and every reload of the synonyms, drops every answer and
 * raises a generation: an answer whose query began before the raise (a refresh or a miss still
 * running at the write) is never served to a reader who came after it, even should the cache keep it.
 * After a write the instance runs {@code afterWrite}, which tells the other instances (they share
 * the index when it is OpenSearch) to drop theirs.
 */
final class RememberedQueries implements SearchIndex, AutoCloseable {

    static final Duration LIFETIME = Duration.ofMinutes(15);
    static final Duration REFRESH_AFTER = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 2_000;
    /** Sets of zones passed whose titles are kept; readers pass few distinct sets. */
    static final int MAX_TITLE_SETS = 64;
    /** Computations waiting for a thread beyond this run on the reader's own thread, and are not kept. */
    static final int MAX_WAITING = 256;
    /** A reader that keeps finding answers older than a write it came after asks the index itself. */
    private static final int MAX_ATTEMPTS = 3;

    private final SearchIndex index;
    private final ExecutorService workers;
    private final AsyncLoadingCache<IndexQuery, Answer> answers;
    private final AtomicLong generation = new AtomicLong();
    private final Runnable afterWrite;
    /** The titles a reader may see, per zones passed: dropped with the answers. */
    private final Cache<TitlesKey, List<String>> titles = Caffeine.newBuilder().maximumSize(MAX_TITLE_SETS)
            .expireAfterWrite(LIFETIME).build();
    /** The years articles were published in, for the filter every search page offers: dropped with the answers. */
    private final Cache<Boolean, List<Integer>> years = Caffeine.newBuilder().maximumSize(1)
            .expireAfterWrite(LIFETIME).build();
    /** Answers finished from these (snippets marked, suggestion made): dropped with them. */
    private final SearchAnswers finished;

    RememberedQueries(SearchIndex index, Runnable afterWrite) {
        this(index, Ticker.systemTicker(), Math.max(2, Runtime.getRuntime().availableProcessors()), afterWrite);
    }

    RememberedQueries(SearchIndex index, Ticker ticker, int threads) {
        this(index, ticker, threads, () -> { });
    }

    RememberedQueries(SearchIndex index, Ticker ticker, int threads, Runnable afterWrite) {
        this.index = index;
        this.afterWrite = afterWrite;
        this.workers = workers(threads);
        this.finished = new SearchAnswers(ticker);
        AsyncCacheLoader<IndexQuery, Answer> loader = this::computeLater;
        this.answers = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(LIFETIME)
                .refreshAfterWrite(REFRESH_AFTER).ticker(ticker).recordStats().buildAsync(loader);
    }

    /** The kept answers, as the metrics and tests see them. */
    Cache<IndexQuery, Answer> cache() {
        return answers.synchronous();
    }

    /** Refreshes still running. */
    int refreshing() {
        return answers.synchronous().policy().refreshes().size();
    }

    void forgetAll() {
        generation.incrementAndGet();
        answers.synchronous().invalidateAll();
        titles.invalidateAll();
        years.invalidateAll();
        finished.forgetAll();
    }

    @Override
    public IndexHits query(IndexQuery query) {
        long arrived = generation.get();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            CompletableFuture<Answer> kept = answers.get(query);
            Answer answer = await(kept, query);
            if (answer.generation() >= arrived) {
                return answer.hits();
            }
            answers.asMap().remove(query, kept);
        }
        return index.query(query);
    }

    /** Queries on a worker; when every worker is busy and the queue full, fails with {@link Saturated}. */
    private CompletableFuture<Answer> computeLater(IndexQuery query, Executor ignored) {
        try {
            return CompletableFuture.supplyAsync(() -> compute(query), workers);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new Saturated());
        }
    }

    private Answer compute(IndexQuery query) {
        long started = generation.get();
        return new Answer(started, index.query(query));
    }

    private Answer await(CompletableFuture<Answer> future, IndexQuery query) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Saturated) {
                return compute(query);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void replace(Map<IndexUnit, List<IndexedEntry>> units) {
        try {
            index.replace(units);
        } finally {
            forgetAll();
            afterWrite.run();
        }
    }

    @Override
    public void put(List<IndexedEntry> entries) {
        try {
            index.put(entries);
        } finally {
            forgetAll();
            afterWrite.run();
        }
    }

    @Override
    public void removeAllExcept(Set<String> kept) {
        try {
            index.removeAllExcept(kept);
        } finally {
            forgetAll();
            afterWrite.run();
        }
    }

    @Override
    public void flush() {
        try {
            index.flush();
        } finally {
            forgetAll();
            afterWrite.run();
        }
    }

    @Override
    public void compact() {
        index.compact();
    }

    /** Read only for queries that found little ("did you mean"), but then on every such request. */
    @Override
    public List<String> titles(ZoneAccess.Split zones, int limit) {
        TitlesKey kept = new TitlesKey(new ZoneAccess.Split(Set.copyOf(zones.open()), Set.copyOf(zones.locked())), limit);
        return titles.get(kept, key -> index.titles(key.zones(), key.limit()));
    }

    @Override
    public List<Integer> years() {
        return years.get(Boolean.TRUE, all -> List.copyOf(index.years()));
    }

    @Override
    public SearchAnswers answers() {
        return finished;
    }

    @Override
    public IndexDigest digest(String kind) {
        return index.digest(kind);
    }

    @Override
    public long size() {
        return index.size();
    }

    @Override
    public String backendName() {
        return index.backendName();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private static ExecutorService workers(int threads) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(MAX_WAITING),
                task -> {
                    Thread thread = new Thread(task, "search-query-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    private record TitlesKey(ZoneAccess.Split zones, int limit) {
    }

    /** Hits, and the generation of the index writes when their query began. */
    record Answer(long generation, IndexHits hits) {
    }

    /** Every worker busy and the queue full: the reader computes its answer itself. */
    private static final class Saturated extends RuntimeException {

        Saturated() {
            super("Every search worker is busy", null, false, false);
        }
    }
}
