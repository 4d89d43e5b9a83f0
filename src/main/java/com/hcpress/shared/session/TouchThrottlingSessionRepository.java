package com.hcpress.shared.session;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * The session store in PostgreSQL, written only when something changed, and read at most once per
 * {@link RecentSessions lifetime} per session, under a second, so that a session ended on one
 * instance ends on all of them within that time.
 * <p>
 * A change of an attribute, the id or the lifetime loads the stored session, writes it through
 * Spring Session, forgets the remembered copy here and announces it to the other instances. A
 * touch, which only moves the last-access time (once a {@code touchInterval}), reads nothing and
 * forgets nothing: the remembered copy is replaced by one carrying the new time, and the time goes
 * to {@link LastAccessWrites} ({@link LastAccessWriter}: queued, and written for many sessions at
 * once off the request thread, only ever forward and never into a row deleted meanwhile).
 * <p>
 * Expiry: the row's last-access time trails a reader's latest request by less than one touch
 * interval plus the time the touch waits to be written (the batch delay, well under a second while
 * the database answers). So a session expires after its max inactive interval without requests, at
 * most one touch interval plus one batch delay early, never late. A touch is never dropped for a full queue (the request
 * then writes it itself); a touch the database refused forgets the copy, so the reader's next
 * request reads the row and touches it again.
 */
final class TouchThrottlingSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<TouchThrottledSession<S>>, DisposableBean {

    private final FindByIndexNameSessionRepository<S> stored;
    private final Duration touchInterval;
    private final RecentSessions recent;
    private volatile Consumer<String> onDeleted = id -> { };
    private volatile Consumer<String> onChanged = id -> { };
    private volatile LastAccessWrites lastAccess = this::touchThroughTheStore;

    TouchThrottlingSessionRepository(FindByIndexNameSessionRepository<S> stored, Duration touchInterval,
                                     Duration rememberFor) {
        this(stored, touchInterval, new RecentSessions(rememberFor, System::nanoTime));
    }

    TouchThrottlingSessionRepository(FindByIndexNameSessionRepository<S> stored, Duration touchInterval,
                                     RecentSessions recent) {
        this.stored = stored;
        this.touchInterval = touchInterval;
        this.recent = recent;
    }

    @Override
    public TouchThrottledSession<S> createSession() {
        return new TouchThrottledSession<>(stored.createSession(), touchInterval, true);
    }

    @Override
    public void save(TouchThrottledSession<S> session) {
        if (session.touchedOnly()) {
            Instant at = session.getLastAccessedTime();
            recent.touched(session.getId(), at);
            lastAccess.touched(session.getId(), at);
            return;
        }
        if (session.stored() == null) {
            return;
        }
        if (session.contentChanged()) {
            recent.forget(session.originalId());
            recent.forget(session.getId());
        }
        stored.save(session.stored());
        if (session.contentChanged()) {
            // Other instances keep copies longer than a second while they hear every change.
            onChanged.accept(session.originalId());
            if (!session.originalId().equals(session.getId())) {
                onChanged.accept(session.getId());
            }
        }
    }

    /** Until a {@link LastAccessWriter} takes the touches (and in tests without one): read, move, write. */
    private void touchThroughTheStore(String id, Instant at) {
        S session = stored.findById(id);
        if (session != null && session.getLastAccessedTime().isBefore(at)) {
            session.setLastAccessedTime(at);
            stored.save(session);
        }
    }

    @Override
    public TouchThrottledSession<S> findById(String id) {
        MapSession remembered = recent.find(id);
        if (remembered != null) {
            return new TouchThrottledSession<>(remembered, () -> stored.findById(id), touchInterval);
        }
        long readToken = recent.beforeRead();
        S session = stored.findById(id);
        if (session == null) {
            return null;
        }
        recent.remember(session, readToken);
        return new TouchThrottledSession<>(session, touchInterval);
    }

    @Override
    public void deleteById(String id) {
        recent.forget(id);
        stored.deleteById(id);
        onDeleted.accept(id);
    }

    /** Called with the id of every session deleted here, so other instances can forget it too. */
    void onDeleted(Consumer<String> listener) {
        this.onDeleted = listener;
    }

    /** Called with the id of every session whose attributes, id or lifetime changed here (not its last access). */
    void onChanged(Consumer<String> listener) {
        this.onChanged = listener;
    }

    /** Where touches go from now on. */
    void lastAccessWrittenBy(LastAccessWrites writes) {
        this.lastAccess = writes;
    }

    /** Forgets the remembered copy of a session, or of every session for {@code "*"}. */
    void forgetRemembered(String id) {
        recent.forget(id);
    }

    FindByIndexNameSessionRepository<S> stored() {
        return stored;
    }

    RecentSessions recent() {
        return recent;
    }

    @Override
    public Map<String, TouchThrottledSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, TouchThrottledSession<S>> found = new LinkedHashMap<>();
        stored.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new TouchThrottledSession<>(session, touchInterval)));
        return found;
    }

    @Override
    public void destroy() throws Exception {
        if (stored instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }
}
