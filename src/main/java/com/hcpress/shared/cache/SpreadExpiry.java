package com.hcpress.shared.cache;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Expires each entry after the lifetime less up to a quarter of it, drawn at random per entry: a
 * cache filled at once (at start, or after every entry was dropped together) is then emptied over
 * a quarter of the lifetime, not in one instant when every reader would wait for a load at once.
 * The lifetime stays the staleness limit; a read does not extend it.
 */
public final class SpreadExpiry<K, V> implements Expiry<K, V> {

    private final long lifetimeNanos;

    public SpreadExpiry(Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a lifetime must be positive: " + lifetime);
        }
        this.lifetimeNanos = lifetime.toNanos();
    }

    @Override
    public long expireAfterCreate(K key, V value, long currentTime) {
        return lifetimeNanos - ThreadLocalRandom.current().nextLong(lifetimeNanos / 4 + 1);
    }

    @Override
    public long expireAfterUpdate(K key, V value, long currentTime, long currentDuration) {
        return expireAfterCreate(key, value, currentTime);
    }

    @Override
    public long expireAfterRead(K key, V value, long currentTime, long currentDuration) {
        return currentDuration;
    }
}
