package com.hcpress.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import com.hcpress.shared.cache.CacheChanges;

/**
 * Ends every session of a user on every instance: they all live in one PostgreSQL table, and every
 * instance hears that the account changed ({@link AccountRegistry#CHANGES}).
 */
@Component
class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final CacheChanges changes;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions, CacheChanges changes) {
        this.sessions = sessions;
        this.changes = changes;
    }

    void endAll(long userId) {
        sessions.findByPrincipalName(Long.toString(userId)).keySet().forEach(sessions::deleteById);
        changes.announce(AccountRegistry.CHANGES, Long.toString(userId));
    }
}
