package com.hcpress.search;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import com.hcpress.content.ArticleChanged;
import com.hcpress.evidence.StudyChanged;

/**
 * Records each content change in the outbox inside the transaction that made it, then, once that
 * transaction has committed, asks the indexer to apply it.
 */
@Component
class ContentChangeListener {

    private final SearchOutbox outbox;
    private final SearchIndexer indexer;

    ContentChangeListener(SearchOutbox outbox, SearchIndexer indexer) {
        this.outbox = outbox;
        this.indexer = indexer;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(ArticleChanged changed) {
        outbox.add(new IndexUnit(ArticleSource.KIND, Long.toString(changed.articleId())));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(StudyChanged changed) {
        outbox.add(new IndexUnit(StudySource.KIND, changed.studyId()));
    }

    @TransactionalEventListener
    void applyAfterCommit(ArticleChanged changed) {
        indexer.drainSoon();
    }

    @TransactionalEventListener
    void applyAfterCommit(StudyChanged changed) {
        indexer.drainSoon();
    }
}
