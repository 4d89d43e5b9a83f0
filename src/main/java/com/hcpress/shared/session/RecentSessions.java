package com.hcpress.shared.session;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * Copies of sessions read from the store in the last {@code lifetime}, so that a reader's page
 * views do not each read the session row (and deserialise the security context). A session ended
 * on another instance therefore ends here within the lifetime, which is kept under a second, the
 * gate's promise; one ended or changed on this instance is forgotten at once.
 */
final class RecentSessions {

    static final Duration LONGEST_LIFETIME = Duration.ofSeconds(1);
    private static final int MAX_ENTRIES = 100_000;

    private record Copy(MapSession session, long until) {
    }

    private final Map<String, Copy> copies = new ConcurrentHashMap<>();
    private final long lifetimeNanos;
    private final LongSupplier clock;

    RecentSessions(Duration lifetime, LongSupplier nanoClock) {
        if (lifetime.isNegative() || lifetime.compareTo(LONGEST_LIFETIME) >= 0) {
            throw new IllegalArgumentException("a session may be remembered for less than " + LONGEST_LIFETIME);
        }
        this.lifetimeNanos = lifetime.toNanos();
        this.clock = nanoClock;
    }

    /** The remembered copy, unless it is older than the lifetime or expired meanwhile. */
    MapSession find(String id) {
        Copy copy = copies.get(id);
        if (copy == null) {
            return null;
        }
        if (clock.getAsLong() - copy.until() >= 0 || copy.session().isExpired()) {
            copies.remove(id, copy);
            return null;
        }
        return copy.session();
    }

    void remember(Session session) {
        if (lifetimeNanos == 0) {
            return;
        }
        if (copies.size() >= MAX_ENTRIES) {
            long now = clock.getAsLong();
            copies.values().removeIf(copy -> now - copy.until() >= 0);
            if (copies.size() >= MAX_ENTRIES) {
                copies.clear();
            }
        }
        copies.put(session.getId(), new Copy(new MapSession(session), clock.getAsLong() + lifetimeNanos));
    }

    void forget(String id) {
        copies.remove(id);
    }

    void forgetAll() {
        copies.clear();
    }
}
