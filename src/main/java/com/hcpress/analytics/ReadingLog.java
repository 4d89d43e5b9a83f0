package com.hcpress.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Records that a reader opened an article or a zone's gate. A reader's repeated loads of the same
 * article within {@link #SAME_VIEW} count once: the cache of recent views (bounded, per instance)
 * only saves writes, so with several instances a reload may count once per instance. A failed
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
        try {
            jdbc.sql("insert into article_reading (article_id, user_id, day) values (?, ?, ?) "
                            + "on conflict (article_id, day, user_id) do update set views = article_reading.views + 1")
                    .params(articleId, userId, LocalDate.now(NEWSROOM_DAY)).update();
        } catch (DataAccessException e) {
            LOG.warn("Could not count a view of article {}: {}", articleId, e.getMessage());
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

    /** Forgets what this instance remembers, for tests that count views one by one. */
    public void forgetRecent() {
        recentViews.invalidateAll();
        recentGates.invalidateAll();
    }
}
