package com.hcpress.shared.session;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * Copies of sessions read from the store in the last {@code lifetime}, so that a reader's page
 * views do not each read the session row (and deserialise the security context). A session ended
 * on another instance therefore ends here within the lifetime, which is kept under a second, the
 * gate's promise, or as soon as that is heard ({@link SessionEndings}); one ended or changed on
 * this instance is forgotten at once.
 */
final class RecentSessions {

    static final Duration LONGEST_LIFETIME = Duration.ofSeconds(1);
    static final int MAX_ENTRIES = 100_000;

    private final Cache<String, MapSession> copies;
    private final boolean remembering;

    RecentSessions(Duration lifetime, LongSupplier nanoClock) {
        if (lifetime.isNegative() || lifetime.compareTo(LONGEST_LIFETIME) >= 0) {
            throw new IllegalArgumentException("a session may be remembered for less than " + LONGEST_LIFETIME);
        }
        this.remembering = !lifetime.isZero();
        this.copies = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(lifetime)
                .ticker(nanoClock::getAsLong).recordStats().build();
    }

    Cache<?, ?> cache() {
        return copies;
    }

    /** The remembered copy, unless it is older than the lifetime or expired meanwhile. */
    MapSession find(String id) {
        MapSession copy = copies.getIfPresent(id);
        if (copy != null && copy.isExpired()) {
            copies.invalidate(id);
            return null;
        }
        return copy;
    }

    void remember(Session session) {
        if (remembering) {
            copies.put(session.getId(), new MapSession(session));
        }
    }

    void forget(String id) {
        if (com.hcpress.shared.cache.CacheChanges.EVERYTHING.equals(id)) {
            forgetAll();
        } else {
            copies.invalidate(id);
        }
    }

    void forgetAll() {
        copies.invalidateAll();
    }
}
