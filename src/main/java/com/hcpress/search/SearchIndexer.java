package com.hcpress.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Applies content changes to the index on one background thread, so writes to it never race and
 * editors never wait for it: pending outbox rows after each commit (and every poll interval, in
 * case one failed), a repair at start, and full rebuilds from PostgreSQL.
 */
@Component
class SearchIndexer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int OUTBOX_BATCH = 200;
    private static final int REBUILD_BATCH = 200;
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final SearchIndex index;
    private final Map<String, SearchSource> sources;
    private final SearchOutbox outbox;
    private final IndexLock lock;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-indexer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicReference<ReindexProgress> progress = new AtomicReference<>(ReindexProgress.idle());

    SearchIndexer(SearchIndex index, List<SearchSource> sources, SearchOutbox outbox, IndexLock lock,
                  SearchProperties properties) {
        this.index = index;
        this.sources = sources.stream().collect(Collectors.toMap(SearchSource::kind, Function.identity()));
        this.outbox = outbox;
        this.lock = lock;
        Duration poll = properties.outboxPollInterval();
        if (!poll.isZero() && !poll.isNegative()) {
            worker.scheduleWithFixedDelay(this::drainQuietly, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Applies the outbox soon; calls while a drain is still waiting to start share it. */
    void drainSoon() {
        if (!stopping.get() && drainQueued.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    drainQueued.set(false);
                    drainQuietly();
                });
            } catch (RejectedExecutionException stopped) {
                // A commit during shutdown: its change stays in the outbox for the next start.
            }
        }
    }

    /** Applies the current state of these units now, on the indexer's thread; waits for it. */
    void apply(List<IndexUnit> units) {
        try {
            worker.submit(() -> lock.run(() -> index.replace(entriesOf(units)))).get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not apply " + units.size() + " changes to the search index", e);
        }
    }

    /** Applies what a crash left in the outbox, then rebuilds if the index still differs from PostgreSQL. */
    void repairSoon() {
        worker.execute(this::repair);
    }

    /** Starts a rebuild unless one is running; returns its progress. */
    ReindexProgress rebuildSoon() {
        ReindexProgress current = progress.get();
        if (current.running()) {
            return current;
        }
        ReindexProgress queued = ReindexProgress.started(0);
        if (!progress.compareAndSet(current, queued)) {
            return progress.get();
        }
        worker.execute(this::rebuild);
        return queued;
    }

    ReindexProgress progress() {
        return progress.get();
    }

    /** Waits until everything asked of the indexer so far is done. */
    void awaitIdle(Duration timeout) {
        try {
            worker.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The search indexer did not finish in " + timeout, e);
        }
    }

    List<String> staleKinds() {
        return sources.values().stream()
                .filter(source -> !source.digest().equals(index.digest(source.kind())))
                .map(SearchSource::kind)
                .toList();
    }

    private void repair() {
        drainQuietly();
        try {
            List<String> stale = staleKinds();
            if (!stale.isEmpty()) {
                log.info("Search index differs from the database for {}: rebuilding it", stale);
                progress.set(ReindexProgress.started(0));
                rebuild();
            } else {
                log.info("Search index matches the database");
            }
        } catch (RuntimeException e) {
            if (!stopping.get()) {
                log.error("Could not compare the search index with the database", e);
            }
        }
    }

    private void drainQuietly() {
        try {
            lock.run(this::drain);
        } catch (RuntimeException e) {
            if (stopping.get()) {
                log.warn("Stopped before applying every pending change to the search index; the next start applies them");
            } else {
                log.error("Could not apply pending changes to the search index; they stay in the outbox", e);
            }
        }
    }

    private void drain() {
        long lastId = 0;
        for (List<SearchOutbox.PendingChange> changes = outbox.after(lastId, OUTBOX_BATCH); !changes.isEmpty();
             changes = outbox.after(lastId, OUTBOX_BATCH)) {
            lastId = changes.get(changes.size() - 1).id();
            try {
                index.replace(entriesOf(changes.stream().map(SearchOutbox.PendingChange::unit).distinct().toList()));
                outbox.remove(changes.stream().map(SearchOutbox.PendingChange::id).toList());
            } catch (RuntimeException e) {
                if (stopping.get()) {
                    throw e;
                }
                log.error("Could not apply {} pending changes to the search index; retried later", changes.size(), e);
            }
        }
    }

    /** The current entries of each unit; none for a unit that must not be found, or of a kind no source knows. */
    private Map<IndexUnit, List<IndexedEntry>> entriesOf(List<IndexUnit> units) {
        Map<IndexUnit, List<IndexedEntry>> entries = new LinkedHashMap<>();
        units.stream().collect(Collectors.groupingBy(IndexUnit::kind)).forEach((kind, ofKind) -> {
            SearchSource source = sources.get(kind);
            Map<String, List<IndexedEntry>> found = source == null ? Map.of()
                    : source.entries(ofKind.stream().map(IndexUnit::id).toList());
            ofKind.forEach(unit -> entries.put(unit, found.getOrDefault(unit.id(), List.of())));
        });
        return entries;
    }

    private void rebuild() {
        try {
            lock.run(this::rebuildAll);
        } catch (RuntimeException e) {
            if (stopping.get()) {
                log.warn("Rebuilding the search index was stopped by the shutdown; the next start rebuilds it");
            } else {
                log.error("Rebuilding the search index failed", e);
            }
            progress.updateAndGet(current -> current.failed(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /**
     * Writes every unit again over the live index, then removes what was not written: readers keep
     * finding everything while it runs. Changes committed meanwhile wait in the outbox until after.
     */
    private void rebuildAll() {
        long total = sources.values().stream().mapToLong(source -> source.digest().count()).sum();
        progress.set(ReindexProgress.started(total));
        long started = System.nanoTime();
        Set<String> written = new HashSet<>();
        for (SearchSource source : sources.values()) {
            for (List<String> ids = source.ids(null, REBUILD_BATCH); !ids.isEmpty();
                 ids = source.ids(ids.get(ids.size() - 1), REBUILD_BATCH)) {
                if (stopping.get()) {
                    throw new IllegalStateException("The application is stopping");
                }
                List<IndexedEntry> entries = new ArrayList<>();
                source.entries(ids).values().forEach(entries::addAll);
                index.put(entries);
                entries.forEach(entry -> written.add(entry.id()));
                int units = ids.size();
                progress.updateAndGet(current -> current.advancedBy(units));
            }
        }
        index.removeAllExcept(written);
        index.flush();
        index.compact();
        progress.updateAndGet(ReindexProgress::finished);
        log.info("Search index rebuilt: {} entries in {} ms", written.size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        drain();
    }

    /**
     * Lets the work already asked for finish (pending changes are applied; a rebuild stops at its
     * next batch, to be done again at the next start) instead of interrupting it mid-write, which
     * would fail the write and log it as an error. Only work still running after the grace period is
     * interrupted; what it leaves undone stays in the outbox for the next start.
     */
    @Override
    public void destroy() throws InterruptedException {
        stopping.set(true);
        worker.shutdown();
        if (!worker.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("The search indexer was still busy {} after the shutdown began; interrupting it", STOP_GRACE);
            worker.shutdownNow();
            worker.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
