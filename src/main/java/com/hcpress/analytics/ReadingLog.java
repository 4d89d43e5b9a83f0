package com.hcpress.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Records that a reader opened an article or a zone's gate. A reader's repeated loads of the same
 * article within one 10-minute bucket ({@link #SAME_VIEW}) count once on every instance: the view
 * row's key (article, reader, bucket) is unique in PostgreSQL, and the day's count grows only when
 * that row is new. The cache of recent views (bounded, per instance) only saves writes. A failed
 * write is logged and never stops the page.
 */
@Component
public class ReadingLog {

    static final Duration SAME_VIEW = Duration.ofMinutes(10);
    static final ZoneId NEWSROOM_DAY = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = LoggerFactory.getLogger(ReadingLog.class);

    private final JdbcClient jdbc;
    /** Key "article:user"; value unused. Staleness: at most {@link #SAME_VIEW}, by design. */
    private final Cache<String, Boolean> recentViews = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(SAME_VIEW).build();
    /** Key "zone:user": gates already recorded by this instance, so the insert is not repeated. */
    private final Cache<String, Boolean> recentGates = Caffeine.newBuilder()
            .maximumSize(20_000).expireAfterWrite(Duration.ofHours(1)).build();

    ReadingLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void articleRead(long articleId, long userId) {
        if (recentViews.asMap().putIfAbsent(articleId + ":" + userId, Boolean.TRUE) != null) {
            return;
        }
        articleRead(articleId, userId, Instant.now());
    }

    /** The view at {@code at}: counted once per bucket, whichever instance sees it first. */
    void articleRead(long articleId, long userId, Instant at) {
        try {
            jdbc.sql("""
                            with fresh as (
                                insert into article_view (article_id, user_id, bucket) values (:article, :user, :bucket)
                                on conflict (article_id, user_id, bucket) do nothing returning article_id)
                            insert into article_reading (article_id, user_id, day)
                            select :article, :user, :day from fresh
                            on conflict (article_id, day, user_id) do update set views = article_reading.views + 1
                            """)
                    .param("article", articleId).param("user", userId).param("bucket", bucket(at))
                    .param("day", LocalDate.ofInstant(at, NEWSROOM_DAY)).update();
        } catch (DataAccessException e) {
            LOG.warn("Could not count a view of article {}: {}", articleId, e.getMessage());
        }
    }

    /**
     * How far the reader came down the article in their latest view (of the last day): the
     * highest depth sent for that view is kept, so a beacon sent twice changes nothing. False when
     * there is no such view (the view was never counted).
     */
    public boolean depthReached(long articleId, long userId, int depth) {
        if (depth < 0 || depth > 100) {
            throw new IllegalArgumentException("depth out of 0-100: " + depth);
        }
        return jdbc.sql("""
                        update article_view set depth = greatest(coalesce(depth, 0), :depth)
                         where id = (select id from article_view
                                      where article_id = :article and user_id = :user and bucket > :since
                                      order by bucket desc limit 1)
                        """)
                .param("depth", depth).param("article", articleId).param("user", userId)
                .param("since", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1)).update() > 0;
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

    /** Forgets what this instance remembers, as another instance would, for tests. */
    public void forgetRecent() {
        recentViews.invalidateAll();
        recentGates.invalidateAll();
    }
}
