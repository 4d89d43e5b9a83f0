package com.hcpress.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.hcpress.shared.cache.CacheChanges;

/**
 * Ends every session of a user on every instance: they all live in one PostgreSQL table, and every
 * instance hears that the account changed ({@link AccountRegistry#CHANGES}). Within a transaction
 * that changes the account, the sessions are ended again once it has committed: a sign-in that read
 * the account before the change may save its session in between. Such a session opens nothing
 * anyway (its security stamp is old); deleting it keeps the sessions list honest.
 */
@Component
class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final CurrentAccounts current;
    private final CacheChanges changes;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions, CurrentAccounts current,
                      CacheChanges changes) {
        this.sessions = sessions;
        this.current = current;
        this.changes = changes;
    }

    void endAll(long userId) {
        endAllExcept(userId, null);
    }

    /** Ends every session of the user but {@code keptSessionId} (none kept when null). */
    void endAllExcept(long userId, String keptSessionId) {
        endNow(userId, keptSessionId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endNow(userId, keptSessionId);
                }
            });
        }
    }

    private void endNow(long userId, String keptSessionId) {
        current.forget(userId);
        sessions.findByPrincipalName(Long.toString(userId)).keySet().stream()
                .filter(id -> !id.equals(keptSessionId))
                .forEach(sessions::deleteById);
        changes.announce(AccountRegistry.CHANGES, Long.toString(userId));
    }
}
