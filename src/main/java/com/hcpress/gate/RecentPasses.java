package com.hcpress.gate;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers, for at most {@code lifetime}, that a user passed a zone's gate, so that a reader
 * paging through a zone does not cost four queries a request. Only passes are remembered: any
 * step towards the gate (an agreement, an approval, answered questions) is read fresh and shows at
 * once, and a pass that ends (a withdrawn consent, a revoked approval) ends here within the
 * lifetime on every instance, or as soon as the change is announced (see {@link #forget}).
 */
final class RecentPasses {

    /** The gate's promise: a closed gate shows within a second everywhere. */
    static final Duration LONGEST_LIFETIME = Duration.ofSeconds(1);
    static final int MAX_ENTRIES = 100_000;

    private record Key(long userId, long zoneId) {
    }

    private final Cache<Key, Boolean> passed;
    private final boolean remembering;

    RecentPasses(Duration lifetime, LongSupplier nanoClock) {
        if (lifetime.isNegative() || lifetime.compareTo(LONGEST_LIFETIME) >= 0) {
            throw new IllegalArgumentException("a remembered pass must expire in less than " + LONGEST_LIFETIME);
        }
        this.remembering = !lifetime.isZero();
        this.passed = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(lifetime)
                .ticker(nanoClock::getAsLong).recordStats().build();
    }

    Cache<?, ?> cache() {
        return passed;
    }

    boolean passed(long userId, long zoneId) {
        return passed.getIfPresent(new Key(userId, zoneId)) != null;
    }

    void remember(long userId, long zoneId) {
        if (remembering) {
            passed.put(new Key(userId, zoneId), Boolean.TRUE);
        }
    }

    void forget(long userId) {
        passed.asMap().keySet().removeIf(key -> key.userId() == userId);
    }

    void forgetAll() {
        passed.invalidateAll();
    }
}
