package com.hcpress.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.content.ContentCatalog;
import com.hcpress.shared.db.EmbeddedDatabaseCondition;

/**
 * Fills a fresh embedded database with demo content. Runs only with the embedded database, and
 * only while it holds no zone, so a restart or an edit is never overwritten. All of it loads in one
 * transaction: a failed load leaves nothing half-done for the next start to skip over.
 */
@Component
@Conditional(DemoData.WhenWanted.class)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String DEMO_ZONE = "liver-intervention";

    private final TransactionTemplate transactions;
    private final ContentCatalog catalog;
    private final DemoContentLoader content;
    private final DemoGateLoader gate;
    private final DemoAccounts accounts;
    private final DemoEvidenceLoader evidence;
    private final DemoComments comments;

    DemoData(ContentCatalog catalog, DemoContentLoader content, DemoGateLoader gate, DemoAccounts accounts,
             DemoEvidenceLoader evidence, DemoComments comments, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.catalog = catalog;
        this.content = content;
        this.gate = gate;
        this.accounts = accounts;
        this.evidence = evidence;
        this.comments = comments;
    }

    /**
     * The embedded database, or an external one explicitly asked for with
     * {@code hcpress.demo.external-database=true} (rehearsals of a cluster, never production).
     */
    static class WhenWanted extends AnyNestedCondition {

        WhenWanted() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @Conditional(EmbeddedDatabaseCondition.class)
        static class Embedded {
        }

        @ConditionalOnProperty(name = "hcpress.demo.external-database", havingValue = "true")
        static class AskedFor {
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!catalog.zones().isEmpty()) {
            log.debug("Demo content already present");
            return;
        }
        transactions.executeWithoutResult(status -> {
            long zoneId = content.load().get(DEMO_ZONE);
            evidence.load();
            accounts.load(zoneId, gate.load(zoneId));
            comments.load();
        });
        log.info("Loaded demo accounts; password for all: {}", DemoAccounts.PASSWORD);
    }
}
