package com.hcpress.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.support.HcpressIntegrationTest;

/**
 * The bus confirms itself with heartbeats heard back, and changes written straight into the
 * database reach the subscribers through the triggers of migration 151.
 */
@HcpressIntegrationTest
class ConfirmedBusTest {

    @Autowired
    CacheChanges changes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHeartbeatSentAfterNowIsHeardBack() {
        long now = System.nanoTime();
        await().atMost(Duration.ofSeconds(5)).until(() -> changes.confirmedSince(now));
    }

    @Test
    void anAccountChangedStraightInTheDatabaseIsAnnounced() {
        Set<String> heard = ConcurrentHashMap.newKeySet();
        changes.subscribe("account", heard::add);
        changes.subscribe("gate", heard::add);
        long user = jdbc.sql("select min(id) from app_user").query(Long.class).single();
        long before = changes.epoch();

        jdbc.sql("update app_user set enabled = enabled where id = ?").param(user).update();

        await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains(Long.toString(user)));
        assertThat(changes.epoch()).isGreaterThan(before);
    }

    @Test
    void aStatementOnZoneQuestionsOrDocumentsDropsEveryonesPasses() {
        Set<String> heard = ConcurrentHashMap.newKeySet();
        changes.subscribe("gate", heard::add);

        jdbc.sql("update zone_question set retired_at = retired_at where false").update();
        jdbc.sql("update legal_document set zone_id = zone_id where false").update();

        await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains(CacheChanges.EVERYTHING));
    }
}
