package com.hcpress.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.hcpress.shared.background.BatchWriter;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records that a reader opened an article or a zone's gate. A reader's repeated loads of the same
 * article within one 10-minute bucket ({@link #SAME_VIEW}) count once on every instance: the view
 * row's key (article, reader, bucket) is unique in PostgreSQL, and the day's count grows only when
 * that row is new. The cache of recent views (bounded, per instance) only saves writes.
 *
 * <p>Views are written off the request thread: queued ({@link #QUEUE} at most; beyond that a view
 * is dropped and counted in {@code hcpress.analytics.views.dropped}) and written by one thread in
 * batches, one statement per batch, and what is queued at shutdown is written before the database
 * goes. A failed write is logged and never stops the page.
 *
 * <p>Sizes, for about 1,000 views a second: the cache of recent views leaves only a reader's first
 * view of an article in ten minutes to the queue, so the writer sees fewer views than the pages.
 * A batch ({@link #BATCH}, 500) is one statement whatever its size: the views as arrays
 * ({@code unnest}), duplicates dropped, the new view rows inserted and the day's counts raised from
 * those alone; the depths kept aside are applied in one more statement only when there are any.
 * So the writer's cost per second falls as the load rises, and 500 is half a second of views at
 * that rate. The queue ({@link #QUEUE}, 10,000) rides out some ten seconds of a stalled database
 * at about a megabyte; beyond that views are dropped rather than held in the requests' memory.
 * A failing batch (an article or reader gone) is written again view by view.
 */
@Component
public class ReadingLog implements DisposableBean {

    static final Duration SAME_VIEW = Duration.ofMinutes(10);
    static final ZoneId NEWSROOM_DAY = ZoneId.of("Asia/Shanghai");
    static final int QUEUE = 10_000;
    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ReadingLog.class);

    /** A view to count: the article, the reader, the start of the bucket in epoch seconds. */
    record View(long articleId, long userId, long bucket) {
    }

    private final JdbcClient jdbc;
    private final BatchWriter<View> views;
    /** Key "article:user"; value unused. Staleness: at most {@link #SAME_VIEW}, by design. */
    private final Cache<String, Boolean> recentViews = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(SAME_VIEW).build();
    /** Key "zone:user": gates already recorded by this instance, so the insert is not repeated. */
    private final Cache<String, Boolean> recentGates = Caffeine.newBuilder()
            .maximumSize(20_000).expireAfterWrite(Duration.ofHours(1)).build();
    /**
     * Key "article:user", value the deepest depth sent: beacons that found no view row yet (the view
     * still queued here or on another instance), applied after each batch and when the writer is
     * idle. Kept {@link #DEPTH_WAIT} at most: a view that never comes leaves no depth.
     */
    private final Cache<String, Integer> pendingDepths = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(DEPTH_WAIT).build();
    static final Duration DEPTH_WAIT = Duration.ofMinutes(2);

    ReadingLog(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.views = new BatchWriter<>("article-views", QUEUE, BATCH, new BatchWriter.Sink<>() {
            @Override
            public void write(List<View> batch) {
                writeViews(batch);
                applyPendingDepths();
            }

            @Override
            public void idle() {
                applyPendingDepths();
            }
        }, meters, "hcpress.analytics.views");
    }

    public void articleRead(long articleId, long userId) {
        if (recentViews.asMap().putIfAbsent(articleId + ":" + userId, Boolean.TRUE) != null) {
            return;
        }
        articleRead(articleId, userId, Instant.now());
    }

    /** Queues the view at {@code at}: counted once per bucket, whichever instance writes it first. */
    void articleRead(long articleId, long userId, Instant at) {
        views.offer(new View(articleId, userId, bucket(at).toEpochSecond()));
    }

    /** Views queued or being written, for tests that wait for the writer. */
    int unwrittenViews() {
        return views.unwritten();
    }

    private void writeViews(List<View> batch) {
        List<View> distinct = List.copyOf(new LinkedHashSet<>(batch));
        try {
            insertViews(distinct);
        } catch (DataAccessException batchFailed) {
            // One view whose article or reader is gone fails the batch: the others are written one by one.
            for (View view : distinct) {
                try {
                    insertViews(List.of(view));
                } catch (DataAccessException e) {
                    LOG.warn("Could not count a view of article {}: {}", view.articleId(), e.getMessage());
                }
            }
        }
    }

    private void insertViews(List<View> batch) {
        jdbc.sql("""
                        with batch as (
                            select distinct b.article_id, b.user_id, to_timestamp(b.bucket) as bucket
                              from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[])) as b(article_id, user_id, bucket)),
                        fresh as (
                            insert into article_view (article_id, user_id, bucket)
                            select article_id, user_id, bucket from batch order by article_id, user_id, bucket
                            on conflict (article_id, user_id, bucket) do nothing
                            returning article_id, user_id, bucket)
                        insert into article_reading (article_id, user_id, day, views)
                        select article_id, user_id, cast(bucket at time zone 'Asia/Shanghai' as date), count(*) from fresh
                         group by 1, 2, 3 order by 1, 2, 3
                        on conflict (article_id, day, user_id) do update set views = article_reading.views + excluded.views
                        """)
                .params(batch.stream().map(View::articleId).toArray(Long[]::new),
                        batch.stream().map(View::userId).toArray(Long[]::new),
                        batch.stream().map(View::bucket).toArray(Long[]::new))
                .update();
    }

    /**
     * How far the reader came down the article in their latest view (of the last day): the
     * highest depth sent for that view is kept, so a beacon sent twice changes nothing. When no
     * view row is there yet (the view still queued, here or on another instance), the depth is kept
     * aside and applied once the view is written: answers false then.
     */
    public boolean depthReached(long articleId, long userId, int depth) {
        if (depth < 0 || depth > 100) {
            throw new IllegalArgumentException("depth out of 0-100: " + depth);
        }
        boolean found = jdbc.sql("""
                        update article_view set depth = greatest(coalesce(depth, 0), :depth)
                         where id = (select id from article_view
                                      where article_id = :article and user_id = :user and bucket > :since
                                      order by bucket desc limit 1)
                        """)
                .param("depth", depth).param("article", articleId).param("user", userId)
                .param("since", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1)).update() > 0;
        if (!found) {
            pendingDepths.asMap().merge(articleId + ":" + userId, depth, Math::max);
        }
        return found;
    }

    /** Applies the depths kept aside to views written since, in one statement; forgets those applied. */
    private void applyPendingDepths() {
        Map<String, Integer> pending = Map.copyOf(pendingDepths.asMap());
        if (pending.isEmpty()) {
            return;
        }
        List<String> keys = List.copyOf(pending.keySet());
        List<String> applied = jdbc.sql("""
                        with pending as (
                            select * from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as int[])) as p(article_id, user_id, depth)),
                        latest as (
                            select distinct on (v.article_id, v.user_id) v.id, p.depth
                              from pending p join article_view v on v.article_id = p.article_id and v.user_id = p.user_id
                             where v.bucket > now() - interval '1 day'
                             order by v.article_id, v.user_id, v.bucket desc)
                        update article_view v set depth = greatest(coalesce(v.depth, 0), latest.depth)
                          from latest where v.id = latest.id
                        returning v.article_id || ':' || v.user_id
                        """)
                .params(keys.stream().map(key -> Long.valueOf(key.substring(0, key.indexOf(':')))).toArray(Long[]::new),
                        keys.stream().map(key -> Long.valueOf(key.substring(key.indexOf(':') + 1))).toArray(Long[]::new),
                        keys.stream().map(pending::get).toArray(Integer[]::new))
                .query(String.class).list();
        applied.forEach(key -> pendingDepths.asMap().remove(key, pending.get(key)));
    }

    /** An export of the article's references, or a print, counted per article, kind and day. */
    public void exported(long articleId, ExportKind kind) {
        try {
            jdbc.sql("insert into article_export (article_id, kind, day) values (?, ?, ?) "
                            + "on conflict (article_id, kind, day) do update set exports = article_export.exports + 1")
                    .params(articleId, kind.name(), LocalDate.now(NEWSROOM_DAY)).update();
        } catch (DataAccessException e) {
            LOG.warn("Could not count an export of article {}: {}", articleId, e.getMessage());
        }
    }

    public void gateOpened(long zoneId, long userId) {
        if (recentGates.asMap().putIfAbsent(zoneId + ":" + userId, Boolean.TRUE) != null) {
            return;
        }
        try {
            jdbc.sql("insert into gate_visit (zone_id, user_id) values (?, ?) on conflict do nothing")
                    .params(zoneId, userId).update();
        } catch (DataAccessException e) {
            LOG.warn("Could not note a visit to the gate of zone {}: {}", zoneId, e.getMessage());
        }
    }

    /** The start of the 10-minute bucket holding {@code at}. */
    static OffsetDateTime bucket(Instant at) {
        long size = SAME_VIEW.getSeconds();
        return Instant.ofEpochSecond(at.getEpochSecond() / size * size).atOffset(ZoneOffset.UTC);
    }

    @Override
    public void destroy() throws InterruptedException {
        views.close();
    }

    /** Forgets what this instance remembers, as another instance would, for tests. */
    public void forgetRecent() {
        recentViews.invalidateAll();
        recentGates.invalidateAll();
    }
}
