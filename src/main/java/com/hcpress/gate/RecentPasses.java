package com.hcpress.gate;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;

import com.hcpress.shared.cache.Confirmation;
import com.hcpress.shared.cache.ConfirmedCopies;

/**
 * Remembers that a user passed a zone's gate, so that a reader paging through a zone does not cost
 * four queries a request: for {@code lifetime} (under a second) as it is, and for up to
 * {@link #LONG_LIFETIME} while the cache change bus is confirmed delivered ({@link ConfirmedCopies}),
 * never past the moment the reader's approval ends by age. Only passes are remembered: any step
 * towards the gate (an agreement, an approval, answered questions) is read fresh and shows at once,
 * and a pass that ends (a withdrawn consent, a revoked approval) is announced on the bus (by the
 * application, or by a trigger for a change written straight into the database) and forgotten on
 * every instance at once, within the lifetime should the bus not be confirmed.
 */
final class RecentPasses {

    /** The gate's promise: a closed gate shows within a second everywhere. */
    static final Duration LONGEST_LIFETIME = Duration.ofSeconds(1);
    static final Duration LONG_LIFETIME = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 100_000;

    private record Key(long userId, long zoneId) {
    }

    private final ConfirmedCopies<Key, Boolean> passed;

    RecentPasses(Duration lifetime, LongSupplier nanoClock) {
        if (lifetime.isNegative() || lifetime.compareTo(LONGEST_LIFETIME) >= 0) {
            throw new IllegalArgumentException("a remembered pass must expire in less than " + LONGEST_LIFETIME);
        }
        this.passed = new ConfirmedCopies<>(lifetime, LONG_LIFETIME, MAX_ENTRIES, nanoClock);
    }

    Cache<?, ?> cache() {
        return passed.cache();
    }

    void confirmedBy(Confirmation confirmation) {
        passed.confirmedBy(confirmation);
    }

    boolean passed(long userId, long zoneId) {
        return passed.get(new Key(userId, zoneId)) != null;
    }

    long beforeRead() {
        return passed.beforeRead();
    }

    void remember(long userId, long zoneId) {
        remember(userId, zoneId, passed.beforeRead(), null);
    }

    /** {@code stableFor}: how long until the pass ends with no write (an approval ending), null: never. */
    void remember(long userId, long zoneId, long readToken, Duration stableFor) {
        passed.put(new Key(userId, zoneId), Boolean.TRUE, readToken, stableFor);
    }

    void forget(long userId) {
        passed.forgetIf(key -> key.userId() == userId);
    }

    void forgetAll() {
        passed.forgetAll();
    }
}
