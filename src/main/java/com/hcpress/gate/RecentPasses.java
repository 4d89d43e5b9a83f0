package com.hcpress.gate;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers, for at most {@code lifetime}, that a user passed a zone's gate, so that a reader
 * paging through a zone does not cost four queries a request. Only passes are remembered: any
 * step towards the gate (an agreement, an approval, answered questions) is read fresh and shows at
 * once, and a pass that ends (a withdrawn consent, a revoked approval) ends here within the
 * lifetime on every instance, or at once on the instance where it happened (see {@link #forget}).
 */
final class RecentPasses {

    /** The gate's promise: a closed gate shows within a second everywhere. */
    static final Duration LONGEST_LIFETIME = Duration.ofSeconds(1);
    private static final int MAX_ENTRIES = 100_000;

    private record Key(long userId, long zoneId) {
    }

    private final Map<Key, Long> passedUntil = new ConcurrentHashMap<>();
    private final long lifetimeNanos;
    private final LongSupplier clock;

    RecentPasses(Duration lifetime, LongSupplier nanoClock) {
        if (lifetime.isNegative() || lifetime.compareTo(LONGEST_LIFETIME) >= 0) {
            throw new IllegalArgumentException("a remembered pass must expire in less than " + LONGEST_LIFETIME);
        }
        this.lifetimeNanos = lifetime.toNanos();
        this.clock = nanoClock;
    }

    boolean passed(long userId, long zoneId) {
        Long until = passedUntil.get(new Key(userId, zoneId));
        return until != null && clock.getAsLong() - until < 0;
    }

    void remember(long userId, long zoneId) {
        if (lifetimeNanos == 0) {
            return;
        }
        if (passedUntil.size() >= MAX_ENTRIES) {
            dropExpired();
        }
        passedUntil.put(new Key(userId, zoneId), clock.getAsLong() + lifetimeNanos);
    }

    void forget(long userId) {
        passedUntil.keySet().removeIf(key -> key.userId() == userId);
    }

    void forgetAll() {
        passedUntil.clear();
    }

    private void dropExpired() {
        long now = clock.getAsLong();
        passedUntil.values().removeIf(until -> now - until >= 0);
        if (passedUntil.size() >= MAX_ENTRIES) {
            passedUntil.clear();
        }
    }
}
