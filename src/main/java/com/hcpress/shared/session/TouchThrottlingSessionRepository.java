package com.hcpress.shared.session;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * The session store in PostgreSQL, written only when something changed (an attribute, the id, or
 * a last-access time older than the touch interval; the expiry is then at most one interval early)
 * and read at most once per {@link RecentSessions lifetime} per session, under a second, so that a
 * session ended on one instance ends on all of them within that time.
 */
final class TouchThrottlingSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<TouchThrottledSession<S>>, DisposableBean {

    private final FindByIndexNameSessionRepository<S> stored;
    private final Duration touchInterval;
    private final RecentSessions recent;
    private volatile Consumer<String> onDeleted = id -> { };
    private volatile Consumer<String> onChanged = id -> { };

    TouchThrottlingSessionRepository(FindByIndexNameSessionRepository<S> stored, Duration touchInterval,
                                     Duration rememberFor) {
        this.stored = stored;
        this.touchInterval = touchInterval;
        this.recent = new RecentSessions(rememberFor, System::nanoTime);
    }

    @Override
    public TouchThrottledSession<S> createSession() {
        return new TouchThrottledSession<>(stored.createSession(), touchInterval);
    }

    @Override
    public void save(TouchThrottledSession<S> session) {
        if (session.stored() == null) {
            return;
        }
        if (session.changed()) {
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

    /** Forgets the remembered copy of a session, or of every session for {@code "*"}. */
    void forgetRemembered(String id) {
        recent.forget(id);
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
