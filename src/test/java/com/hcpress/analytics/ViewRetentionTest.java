package com.hcpress.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ContentCatalog;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

@HcpressIntegrationTest
class ViewRetentionTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ViewRetention retention;
    @Autowired
    ReadingLog log;
    @Autowired
    TestUsers readers;
    @Autowired
    ContentCatalog catalog;

    @Test
    void singleViewsOlderThanTheRetentionGoInBatchesAndTheDailyCountsStay() {
        long article = catalog.publishedArticle(TestUsers.DEMO_ARTICLE).orElseThrow().id();
        AccountPrincipal reader = readers.passedReader();
        log.articleRead(article, reader.id(), Instant.now().minus(Duration.ofDays(500)));
        log.articleRead(article, reader.id(), Instant.now());
        await().atMost(Duration.ofSeconds(20)).until(() -> log.unwrittenViews() == 0);
        // More old views than one batch deletes.
        jdbc.sql("""
                        insert into article_view (article_id, user_id, bucket)
                        select ?, ?, now() - interval '450 days' - g * interval '10 minutes' from generate_series(1, ?) g
                        """)
                .params(article, reader.id(), ViewRetention.BATCH + 10).update();
        assertThat(views(reader)).isEqualTo(ViewRetention.BATCH + 12L);

        int deleted = retention.purgeBefore(OffsetDateTime.now(ZoneOffset.UTC).minusDays(400));

        assertThat(deleted).isGreaterThanOrEqualTo(ViewRetention.BATCH + 11);
        assertThat(views(reader)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from article_reading where user_id = ?").param(reader.id())
                .query(Long.class).single()).isEqualTo(2);
    }

    private long views(AccountPrincipal reader) {
        return jdbc.sql("select count(*) from article_view where user_id = ?").param(reader.id()).query(Long.class).single();
    }
}
