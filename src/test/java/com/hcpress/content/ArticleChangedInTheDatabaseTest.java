package com.hcpress.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/**
 * A published article changed straight in the database (a hand-made fix) shows at once, not after
 * the two minutes its kept revision may live: a trigger announces it on the change bus.
 */
@HcpressIntegrationTest
class ArticleChangedInTheDatabaseTest {

    /** Far below the kept revision's lifetime: only the notice can make it. */
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @Autowired
    PublishedRevisions revisions;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTitleAndAnUnpublishingWrittenInTheDatabaseShowAtOnce() {
        ArticleSummary article = users.freshArticle();
        assertThat(revisions.of(article.slug())).isPresent();

        jdbc.sql("update article set title = 'Corrected by hand' where id = ?").param(article.id()).update();
        await().atMost(DEADLINE).until(() -> revisions.of(article.slug()).map(r -> r.summary().title()).orElse(""),
                "Corrected by hand"::equals);

        jdbc.sql("update article set status = 'DRAFT' where id = ?").param(article.id()).update();
        await().atMost(DEADLINE).until(() -> revisions.of(article.slug()).isEmpty());

        // Published again by hand, so the search index (never told of hand-made changes) matches the
        // database again for the tests that check it.
        jdbc.sql("update article set status = 'PUBLISHED' where id = ?").param(article.id()).update();
        await().atMost(DEADLINE).until(() -> revisions.of(article.slug()).isPresent());
    }
}
