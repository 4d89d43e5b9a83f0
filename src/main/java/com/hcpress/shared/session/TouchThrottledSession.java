package com.hcpress.shared.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * A session as one request uses it. Its last-access time moves only when it is
 * {@code touchInterval} old, so that reading a page does not write the session row each time.
 * It may start from a remembered copy shared with other requests of the same session: reads come
 * from that copy, and the first change loads the stored session and goes there, so the copy is
 * never changed and only a changed session is written back. A touch alone (the last-access time
 * moved, nothing else) loads nothing: it is {@link #touchedOnly()} and written by
 * {@link TouchThrottlingSessionRepository} without reading the row.
 */
final class TouchThrottledSession<S extends Session> implements Session {

    private Session seen;
    private final String originalId;
    private final Supplier<S> load;
    private final Duration touchInterval;
    private final boolean created;
    private S stored;
    /** Where changes go when the stored session was gone by the time of the first change. */
    private MapSession detached;
    private boolean contentChanged;
    private boolean touched;

    /** A session read from the store for this request. */
    TouchThrottledSession(S stored, Duration touchInterval) {
        this(stored, touchInterval, false);
    }

    /** A session read from the store for this request, or {@code created} by it (then always written). */
    TouchThrottledSession(S stored, Duration touchInterval, boolean created) {
        this.seen = stored;
        this.originalId = stored.getId();
        this.stored = stored;
        this.load = () -> stored;
        this.touchInterval = touchInterval;
        this.created = created;
    }

    /** A session served from a remembered copy; {@code load} reads the stored one for a change. */
    TouchThrottledSession(MapSession remembered, Supplier<S> load, Duration touchInterval) {
        this.seen = remembered;
        this.originalId = remembered.getId();
        this.load = load;
        this.touchInterval = touchInterval;
        this.created = false;
    }

    /** The stored session, when a change needed it (or it was read for this request); null otherwise. */
    S stored() {
        return stored;
    }

    /** The id the session had when this request found it (a sign-in changes it). */
    String originalId() {
        return originalId;
    }

    /** Changed in more than its last-access time: an attribute, the id or the lifetime. */
    boolean contentChanged() {
        return contentChanged;
    }

    /**
     * Only the last-access time moved (a touch), in a session this request did not create: nothing
     * but that time and the expiry that follows from it need writing.
     */
    boolean touchedOnly() {
        return touched && !contentChanged && !created;
    }

    private Session changing() {
        contentChanged = true;
        if (stored == null && detached == null) {
            stored = load.get();
            if (stored == null) {
                detached = new MapSession(seen);
            } else if (seen.getLastAccessedTime().isAfter(stored.getLastAccessedTime())) {
                // A touch of this request, or one of an earlier request still on its way to the row.
                stored.setLastAccessedTime(seen.getLastAccessedTime());
            }
        }
        return stored != null ? stored : detached;
    }

    private Session reading() {
        if (stored != null) {
            return stored;
        }
        return detached != null ? detached : seen;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        if (lastAccessedTime.isBefore(reading().getLastAccessedTime().plus(touchInterval))) {
            return;
        }
        touched = true;
        if (stored != null || detached != null) {
            reading().setLastAccessedTime(lastAccessedTime);
        } else {
            // The remembered copy is shared: this request goes on with its own.
            MapSession moved = new MapSession(seen);
            moved.setLastAccessedTime(lastAccessedTime);
            seen = moved;
        }
    }

    @Override
    public String getId() {
        return reading().getId();
    }

    @Override
    public String changeSessionId() {
        return changing().changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
        return reading().getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
        return reading().getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
        changing().setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
        changing().removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
        return reading().getCreationTime();
    }

    @Override
    public Instant getLastAccessedTime() {
        return reading().getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        changing().setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return reading().getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return reading().isExpired();
    }
}
