package com.hcpress.shared.cache;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks that the current transaction changed what a kept copy holds, until it ends: the copy is
 * dropped only when the transaction ends ({@link CacheChanges}), so reads inside the transaction
 * that made the change ask the database instead, and see it.
 */
public final class ChangedInThisTransaction {

    private final Object marker = new Object();

    /** Inside a transaction: its later reads are {@link #here()}. Outside one, nothing to do. */
    public void mark() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(marker)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(marker, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(marker);
            }
        });
    }

    /** Whether the current transaction changed it. */
    public boolean here() {
        return TransactionSynchronizationManager.hasResource(marker);
    }
}
