package com.hcpress.search;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps an instance's own Lucene index in step with changes that another instance drained from the
 * outbox: every poll it applies the feed rows it has not applied yet. Rows are read again until
 * they are a minute old, so a transaction that commits after a later one is not skipped; the feed
 * keeps a day. An instance that was down longer is repaired at start from the index digests.
 * Not needed with OpenSearch, where every instance shares one index.
 */
@Component
class ChangeFeedFollower implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeedFollower.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final SearchIndexer indexer;
    private final Set<Long> applied = new HashSet<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-change-feed");
        thread.setDaemon(true);
        return thread;
    });
    private long settledUpTo = -1;
    private int polls;

    ChangeFeedFollower(JdbcClient jdbc, SearchIndexer indexer, SearchProperties properties,
                       @Value("${hcpress.search.change-feed-poll-interval:2s}") Duration poll) {
        this.jdbc = jdbc;
        this.indexer = indexer;
        if (properties.backend() == SearchProperties.Backend.LUCENE && !poll.isZero() && !poll.isNegative()) {
            timer.scheduleWithFixedDelay(this::pollQuietly, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Could not follow the search change feed; trying again at the next poll", e);
        }
    }

    void poll() {
        if (settledUpTo < 0) {
            // Older changes are the start-up repair's business; the last minute's are read again.
            settledUpTo = jdbc.sql("select coalesce(max(id), 0) from search_change where created_at < now() - interval '1 minute'")
                    .query(Long.class).single();
        }
        List<Change> changes = jdbc.sql("select id, unit, created_at < now() - interval '1 minute' as settled "
                        + "from search_change where id > ? order by id limit ?")
                .params(settledUpTo, BATCH)
                .query((row, number) -> new Change(row.getLong("id"), row.getString("unit"), row.getBoolean("settled")))
                .list();
        List<IndexUnit> fresh = changes.stream().filter(change -> !applied.contains(change.id()))
                .map(change -> IndexUnit.parse(change.unit())).distinct().toList();
        if (!fresh.isEmpty()) {
            indexer.apply(fresh);
        }
        changes.forEach(change -> applied.add(change.id()));
        for (Change change : changes) {
            if (!change.settled()) {
                break;
            }
            settledUpTo = change.id();
        }
        applied.removeIf(id -> id <= settledUpTo);
        if (++polls % 1000 == 0) {
            jdbc.sql("delete from search_change where created_at < now() - interval '1 day'").update();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        // No interrupt: a poll under way finishes its few queries rather than failing in them.
        timer.shutdown();
        timer.awaitTermination(10, TimeUnit.SECONDS);
    }

    private record Change(long id, String unit, boolean settled) {
    }
}
