package com.hcpress.shared.session;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store in PostgreSQL, read on every request (so a session ended on one instance is
 * ended on all of them at once), but written only when something changed: an attribute, the id,
 * or a last-access time older than the touch interval. The expiry is then at most one interval
 * early.
 */
final class TouchThrottlingSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<TouchThrottledSession<S>>, DisposableBean {

    private final FindByIndexNameSessionRepository<S> stored;
    private final Duration touchInterval;

    TouchThrottlingSessionRepository(FindByIndexNameSessionRepository<S> stored, Duration touchInterval) {
        this.stored = stored;
        this.touchInterval = touchInterval;
    }

    @Override
    public TouchThrottledSession<S> createSession() {
        return wrap(stored.createSession());
    }

    @Override
    public void save(TouchThrottledSession<S> session) {
        stored.save(session.stored());
    }

    @Override
    public TouchThrottledSession<S> findById(String id) {
        S session = stored.findById(id);
        return session == null ? null : wrap(session);
    }

    @Override
    public void deleteById(String id) {
        stored.deleteById(id);
    }

    @Override
    public Map<String, TouchThrottledSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, TouchThrottledSession<S>> found = new LinkedHashMap<>();
        stored.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, session) -> found.put(id, wrap(session)));
        return found;
    }

    @Override
    public void destroy() throws Exception {
        if (stored instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    private TouchThrottledSession<S> wrap(S session) {
        return new TouchThrottledSession<>(session, touchInterval);
    }
}
