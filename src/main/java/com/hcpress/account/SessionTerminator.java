package com.hcpress.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every session of a user on every instance: they all live in one PostgreSQL table. */
@Component
class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    void endAll(long userId) {
        sessions.findByPrincipalName(Long.toString(userId)).keySet().forEach(sessions::deleteById);
    }
}
