package com.hcpress.analytics;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Single views ({@code article_view}: who opened which article in which 10 minutes, and how far
 * they read) are deleted {@code hcpress.analytics.view-retention} after their bucket (400 days by
 * default, longer than the longest statistics period, 365 days, so no chart loses a measured view).
 * The day's counts per article and reader ({@code article_reading}) stay. The check runs hourly on
 * every instance and deletes {@link #BATCH} rows per statement, each committed alone, so no long
 * lock holds up the view writer; instances running it at once skip each other's rows.
 */
@Component
class ViewRetention {

    static final int BATCH = 5_000;
    private static final Logger log = LoggerFactory.getLogger(ViewRetention.class);

    private final JdbcClient jdbc;
    private final Duration retention;

    ViewRetention(JdbcClient jdbc, @Value("${hcpress.analytics.view-retention:400d}") Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("hcpress.analytics.view-retention must be positive");
        }
        this.jdbc = jdbc;
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "${hcpress.analytics.view-retention-check:PT1H}",
            fixedDelayString = "${hcpress.analytics.view-retention-check:PT1H}")
    public void scheduledPurge() {
        purgeBefore(OffsetDateTime.now(ZoneOffset.UTC).minus(retention));
    }

    /** Deletes the views of buckets before {@code cutoff}, in batches; answers how many. */
    int purgeBefore(OffsetDateTime cutoff) {
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.sql("""
                            delete from article_view where id in (
                                select id from article_view where bucket < ? order by bucket limit ? for update skip locked)
                            """)
                    .params(cutoff, BATCH).update();
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            log.info("Deleted {} article views older than {}", total, retention);
        }
        return (int) total;
    }
}
