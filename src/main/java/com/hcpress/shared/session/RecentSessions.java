package com.hcpress.shared.session;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;

import org.springframework.session.MapSession;
import org.springframework.session.Session;

import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.shared.cache.Confirmation;
import com.hcpress.shared.cache.ConfirmedCopies;

/**
 * Copies of sessions read from the store, so that a reader's page views do not each read the
 * session row (and deserialise the security context). A copy is used for {@code lifetime} (under a
 * second, the gate's promise) as it is, and for up to {@link #LONG_LIFETIME} while the cache change
 * bus is confirmed delivered ({@link ConfirmedCopies}): a session ended or changed on another
 * instance, or deleted straight in the database, is announced there ({@link SessionEndings}, and a
 * trigger on the session table) and forgotten here at once; one ended or changed on this instance
 * is forgotten at once. A touch (only the last-access time moved) keeps the copy and moves its
 * last-access time ({@link #touched}): the copy is then exactly as fresh as before, as nothing but
 * this instance's own write changed.
 */
final class RecentSessions {

    static final Duration LONGEST_LIFETIME = Duration.ofSeconds(1);
    static final Duration LONG_LIFETIME = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 100_000;

    private final ConfirmedCopies<String, MapSession> copies;

    RecentSessions(Duration lifetime, LongSupplier nanoClock) {
        if (lifetime.isNegative() || lifetime.compareTo(LONGEST_LIFETIME) >= 0) {
            throw new IllegalArgumentException("a session may be remembered for less than " + LONGEST_LIFETIME);
        }
        this.copies = new ConfirmedCopies<>(lifetime, LONG_LIFETIME, MAX_ENTRIES, nanoClock);
    }

    Cache<?, ?> cache() {
        return copies.cache();
    }

    void confirmedBy(Confirmation confirmation) {
        copies.confirmedBy(confirmation);
    }

    /** The remembered copy, unless it may no longer be used or expired meanwhile. */
    MapSession find(String id) {
        MapSession copy = copies.get(id);
        if (copy != null && copy.isExpired()) {
            copies.forget(id);
            return null;
        }
        return copy;
    }

    long beforeRead() {
        return copies.beforeRead();
    }

    void remember(Session session, long readToken) {
        copies.put(session.getId(), new MapSession(session), readToken);
    }

    /**
     * The session was touched here at {@code at}: its remembered copy, if any is left, carries that
     * last-access time from now on (a new copy: copies are shared by requests and never changed).
     */
    void touched(String id, Instant at) {
        copies.update(id, copy -> {
            if (!copy.getLastAccessedTime().isBefore(at)) {
                return copy;
            }
            MapSession moved = new MapSession(copy);
            moved.setLastAccessedTime(at);
            return moved;
        });
    }

    void forget(String id) {
        if (CacheChanges.EVERYTHING.equals(id)) {
            forgetAll();
        } else {
            copies.forget(id);
        }
    }

    void forgetAll() {
        copies.forgetAll();
    }
}
