package com.hcpress.shared.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;

/**
 * A stored session whose last-access time moves only when it is {@code touchInterval} old, so that
 * reading a page does not write the session row each time. Everything else goes to the stored
 * session as it is.
 */
final class TouchThrottledSession<S extends Session> implements Session {

    private final S stored;
    private final Duration touchInterval;

    TouchThrottledSession(S stored, Duration touchInterval) {
        this.stored = stored;
        this.touchInterval = touchInterval;
    }

    S stored() {
        return stored;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(touchInterval))) {
            stored.setLastAccessedTime(lastAccessedTime);
        }
    }

    @Override
    public String getId() {
        return stored.getId();
    }

    @Override
    public String changeSessionId() {
        return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
        return stored.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
        return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
        stored.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
        stored.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
        return stored.getCreationTime();
    }

    @Override
    public Instant getLastAccessedTime() {
        return stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return stored.isExpired();
    }
}
