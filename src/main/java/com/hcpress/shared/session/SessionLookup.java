package com.hcpress.shared.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.stereotype.Component;

/**
 * The session a request's cookie names, for a path that answers before the general filters (see
 * the article page's shortcut): the same store and the same remembered copies as every other
 * request use, so a session ended anywhere ends here as it does everywhere.
 */
@Component
public class SessionLookup {

    private final FindByIndexNameSessionRepository<Session> sessions;
    private final CookieSerializer cookies;

    @SuppressWarnings("unchecked")
    SessionLookup(FindByIndexNameSessionRepository<? extends Session> sessions, CookieSerializer cookies) {
        this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
        this.cookies = cookies;
    }

    /** The live session of the request's cookie, if exactly one cookie names one. */
    public Optional<Session> current(HttpServletRequest request) {
        List<String> ids = cookies.readCookieValues(request);
        if (ids.size() != 1) {
            return Optional.empty();
        }
        Session session = sessions.findById(ids.get(0));
        return session == null || session.isExpired() ? Optional.empty() : Optional.of(session);
    }

    /** Marks the session used now, as serving any page does (written only when the touch interval has passed). */
    public void touch(Session session) {
        session.setLastAccessedTime(Instant.now());
        sessions.save(session);
    }
}
