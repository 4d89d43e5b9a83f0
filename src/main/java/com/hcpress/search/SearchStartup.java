package com.hcpress.search;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * At start, repairs the index in the background (pending outbox rows, then a rebuild if it is
 * missing or differs from PostgreSQL). With {@code --hcpress.search.reindex=true} it is a command
 * instead: rebuild everything, wait for it, and exit.
 */
@Component
class SearchStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchStartup.class);
    private static final Duration REINDEX_LIMIT = Duration.ofHours(6);

    private final SearchIndexer indexer;
    private final SearchProperties properties;
    private final ApplicationContext context;

    SearchStartup(SearchIndexer indexer, SearchProperties properties, ApplicationContext context) {
        this.indexer = indexer;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.reindex()) {
            indexer.repairSoon();
            return;
        }
        indexer.rebuildSoon();
        indexer.awaitIdle(REINDEX_LIMIT);
        ReindexProgress result = indexer.progress();
        log.info("Reindex {}: {} of {} units", result.state(), result.done(), result.total());
        int status = result.state() == ReindexProgress.State.DONE ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
