package com.hcpress.search;

import org.springframework.stereotype.Service;

import com.hcpress.shared.db.QueueBacklog;

/** What an administrator does with the index: see how it stands, rebuild it from PostgreSQL. */
@Service
public class SearchMaintenance {

    private final SearchIndexer indexer;
    private final SearchIndex index;
    private final SearchOutbox outbox;

    SearchMaintenance(SearchIndexer indexer, SearchIndex index, SearchOutbox outbox) {
        this.indexer = indexer;
        this.index = index;
        this.outbox = outbox;
    }

    /** The changes committed but not yet in the index, for the operations metrics. */
    public QueueBacklog backlog() {
        return outbox.backlog();
    }

    public ReindexProgress reindex() {
        return indexer.rebuildSoon();
    }

    public ReindexProgress progress() {
        return indexer.progress();
    }

    public IndexStatus status() {
        return new IndexStatus(index.backendName(), index.size(), outbox.size(), indexer.staleKinds().isEmpty());
    }

    /** Whether the index answers at all (opened, cluster reachable): what readiness waits for. */
    public boolean indexAnswers() {
        try {
            index.size();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code entries}: documents in the index; {@code pendingChanges}: outbox rows not yet applied. */
    public record IndexStatus(String backend, long entries, long pendingChanges, boolean current) {
    }
}
