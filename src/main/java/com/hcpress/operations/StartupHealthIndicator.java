package com.hcpress.operations;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import com.hcpress.search.SearchMaintenance;

/**
 * Part of the readiness probe ({@code /actuator/health/readiness}, as {@code startup}): UP once
 * every Flyway migration is applied and the search index has answered. The demo content is covered
 * by the readiness state itself, which Spring Boot moves to ACCEPTING_TRAFFIC only after the
 * start-up runners, the demo loader among them, have finished. Once both checks have passed they
 * are not asked again: a search cluster failing later degrades search, not the whole instance.
 */
@Component
class StartupHealthIndicator implements HealthIndicator {

    private final ObjectProvider<Flyway> flyway;
    private final SearchMaintenance search;
    private volatile boolean migrated;
    private volatile boolean indexOpen;

    StartupHealthIndicator(ObjectProvider<Flyway> flyway, SearchMaintenance search) {
        this.flyway = flyway;
        this.search = search;
    }

    @Override
    public Health health() {
        if (!migrated) {
            Flyway migrations = flyway.getIfAvailable();
            migrated = migrations == null || migrations.info().pending().length == 0;
        }
        if (!indexOpen) {
            indexOpen = search.indexAnswers();
        }
        Health.Builder health = migrated && indexOpen ? Health.up() : Health.outOfService();
        return health.withDetail("migrations", migrated ? "applied" : "pending")
                .withDetail("searchIndex", indexOpen ? "open" : "not answering")
                .build();
    }
}
