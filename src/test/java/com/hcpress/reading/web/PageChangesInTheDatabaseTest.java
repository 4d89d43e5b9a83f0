package com.hcpress.reading.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.content.ArticleSummary;
import com.hcpress.content.PublishedRevisions;
import com.hcpress.evidence.EvidenceCatalog;
import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.HttpUser;
import com.hcpress.support.TestUsers;

/**
 * What a kept article page shows, changed straight in the database (a hand-made fix), shows at once:
 * triggers announce it on the change bus, so the pages' hour-long lifetime is only a backstop.
 */
@HcpressIntegrationTest
class PageChangesInTheDatabaseTest {

    /** Far below the kept pages' lifetime: only the notice can make it. */
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CacheChanges changes;

    @Test
    void aPublishedArticlesTextFixedInTheDatabaseShowsAtOnce() {
        ArticleSummary article = users.freshArticle();
        HttpUser reader = new HttpUser("http://localhost:" + port);
        users.signInPassedReader(reader);
        String path = "/articles/" + article.slug();
        assertThat(reader.get(path).body()).doesNotContain("fixed-by-hand");

        jdbc.sql("update article set body_html = body_html || '<p>fixed-by-hand</p>' where id = ?")
                .param(article.id()).update();

        await().atMost(DEADLINE).until(() -> reader.get(path).body().contains("fixed-by-hand"));
    }

    @Test
    void zonesReferencesImageWordsAndStudiesChangedInTheDatabaseAreAnnounced() {
        List<String> articles = new CopyOnWriteArrayList<>();
        List<String> studies = new CopyOnWriteArrayList<>();
        changes.subscribe(PublishedRevisions.CHANGES, articles::add);
        changes.subscribe(EvidenceCatalog.CHANGES, studies::add);

        // Statement triggers fire even for no row: nothing shared is changed by this test.
        jdbc.sql("update zone set id = id where false").update();
        await().atMost(DEADLINE).until(() -> articles.contains(CacheChanges.EVERYTHING));
        articles.clear();
        jdbc.sql("update image set alt_text = alt_text where false").update();
        await().atMost(DEADLINE).until(() -> articles.contains(CacheChanges.EVERYTHING));

        long demo = jdbc.sql("select id from article where slug = ?").param(TestUsers.DEMO_ARTICLE)
                .query(Long.class).single();
        jdbc.sql("update article_reference set citation = citation where article_id = ?").param(demo).update();
        await().atMost(DEADLINE).until(() -> articles.contains(Long.toString(demo)));

        for (String table : List.of("study", "study_arm", "study_outcome", "study_outcome_value", "study_note",
                "study_source", "study_citation")) {
            studies.clear();
            jdbc.sql("delete from " + table + " where false").update();
            await(table).atMost(DEADLINE).until(() -> studies.contains(CacheChanges.EVERYTHING));
        }
    }
}
