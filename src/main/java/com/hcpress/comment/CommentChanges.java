package com.hcpress.comment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts, per article, the changes to its comments made on this instance, each counted once its
 * transaction has ended. A shared copy of the first page remembers the count it was read at and is
 * read again when the count moved; changes made on other instances reach it through its short
 * lifetime instead ({@link SharedFirstPages#LIFETIME}).
 */
@Component
class CommentChanges {

    private final Map<Long, AtomicLong> counts = new ConcurrentHashMap<>();

    void changed(long articleId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            increment(articleId);
            return;
        }
        // Counted after the end, rolled back or not: a copy read before the commit must not outlive it.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                increment(articleId);
            }
        });
    }

    long count(long articleId) {
        AtomicLong count = counts.get(articleId);
        return count == null ? 0 : count.get();
    }

    private void increment(long articleId) {
        counts.computeIfAbsent(articleId, id -> new AtomicLong()).incrementAndGet();
    }
}
