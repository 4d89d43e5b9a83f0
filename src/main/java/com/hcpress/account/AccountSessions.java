package com.hcpress.account;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

import com.hcpress.audit.AuditLog;

/**
 * A user's own sessions, as the sessions page lists them: the device and address noted at
 * sign-in, and the last use (to the session store's touch interval, a minute). A session is named
 * on the page by a keyed hash of its id, never by the id, which is the session cookie.
 */
@Service
public class AccountSessions {

    public static final String DEVICE = "hcpress.device";
    public static final String ADDRESS = "hcpress.address";

    public record SessionView(String handle, String device, String address, Instant signedInAt, Instant lastUsedAt,
                              boolean current) {
    }

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final ServerKey key;
    private final SessionTerminator terminator;
    private final AuditLog audit;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, ServerKey key,
                    SessionTerminator terminator, AuditLog audit) {
        this.sessions = sessions;
        this.key = key;
        this.terminator = terminator;
        this.audit = audit;
    }

    public List<SessionView> list(long userId, String currentSessionId) {
        return sessions.findByPrincipalName(Long.toString(userId)).values().stream()
                .filter(session -> !session.isExpired())
                .map(session -> new SessionView(handle(session.getId()), text(session.getAttribute(DEVICE)),
                        text(session.getAttribute(ADDRESS)), session.getCreationTime(), session.getLastAccessedTime(),
                        session.getId().equals(currentSessionId)))
                .sorted(Comparator.comparing(SessionView::current).reversed()
                        .thenComparing(SessionView::lastUsedAt, Comparator.reverseOrder()))
                .toList();
    }

    /** Ends one of the user's own sessions, named by its handle; answers whether there was one. */
    public boolean end(long userId, String handle) {
        for (Map.Entry<String, ? extends Session> entry : sessions.findByPrincipalName(Long.toString(userId)).entrySet()) {
            if (handle(entry.getKey()).equals(handle)) {
                sessions.deleteById(entry.getKey());
                audit.record(userId, "session.ended", "user:" + userId);
                return true;
            }
        }
        return false;
    }

    public void endAllBut(long userId, String currentSessionId) {
        terminator.endAllExcept(userId, currentSessionId);
        audit.record(userId, "session.ended-others", "user:" + userId);
    }

    private String handle(String sessionId) {
        return key.hmac("session", sessionId).substring(0, 20);
    }

    private static String text(Object value) {
        return value instanceof String string ? string : "";
    }
}
