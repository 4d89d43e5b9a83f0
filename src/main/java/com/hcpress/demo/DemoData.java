package com.hcpress.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import com.hcpress.content.ContentCatalog;
import com.hcpress.shared.db.EmbeddedDatabaseCondition;

/**
 * Fills a fresh embedded database with demo content. Runs only with the embedded database, and
 * only while it holds no zone, so a restart or an edit is never overwritten.
 */
@Component
@Conditional(EmbeddedDatabaseCondition.class)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ContentCatalog catalog;
    private final DemoContentLoader content;
    private final DemoEvidenceLoader evidence;

    DemoData(ContentCatalog catalog, DemoContentLoader content, DemoEvidenceLoader evidence) {
        this.catalog = catalog;
        this.content = content;
        this.evidence = evidence;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!catalog.zones().isEmpty()) {
            log.debug("Demo content already present");
            return;
        }
        content.load();
        evidence.load();
    }
}
