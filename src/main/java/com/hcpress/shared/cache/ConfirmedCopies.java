package com.hcpress.shared.cache;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Copies of what a request reads from PostgreSQL on every page view (a session, an account's
 * state, a gate pass), kept under the promise that a change shows within a second on every
 * instance. A copy is used for its {@code shortLifetime} (under a second) as it is; after that only
 * while the change bus is confirmed delivered up to {@code shortLifetime} ago ({@link Confirmation}),
 * so that a change committed anywhere (announced by the application or, for a change written straight
 * into the database, by a trigger) has dropped it, and for {@code longLifetime} at most.
 * <p>
 * A copy whose read raced with a change (the bus delivered something between {@link #beforeRead()}
 * and {@link #put}) keeps its short lifetime only: the change may have been dropped before the copy
 * was put.
 */
public final class ConfirmedCopies<K, V> {

    private record Copy<V>(V value, long writtenNanos, long confirmableUntilNanos) {
    }

    private final Cache<K, Copy<V>> copies;
    private final long shortNanos;
    private final long longNanos;
    private final LongSupplier nanoClock;
    private volatile Confirmation confirmation = Confirmation.NEVER;

    public ConfirmedCopies(Duration shortLifetime, Duration longLifetime, int maxEntries, LongSupplier nanoClock) {
        if (shortLifetime.isNegative() || shortLifetime.compareTo(Duration.ofSeconds(1)) >= 0) {
            throw new IllegalArgumentException("a copy may be used unconfirmed for less than a second");
        }
        this.shortNanos = shortLifetime.toNanos();
        this.longNanos = Math.max(shortNanos, longLifetime.toNanos());
        this.nanoClock = nanoClock;
        this.copies = Caffeine.newBuilder().maximumSize(maxEntries)
                .expireAfterWrite(Duration.ofNanos(Math.max(1, longNanos)))
                .ticker(nanoClock::getAsLong).recordStats().build();
    }

    /** From now on, copies live past the short lifetime while {@code confirmation} says the bus is delivered. */
    public void confirmedBy(Confirmation confirmation) {
        this.confirmation = confirmation;
    }

    public Cache<?, ?> cache() {
        return copies;
    }

    /** The copy of {@code key}, or null when there is none that may still be used. */
    public V get(K key) {
        Copy<V> copy = copies.getIfPresent(key);
        if (copy == null) {
            return null;
        }
        long now = nanoClock.getAsLong();
        if (now - copy.writtenNanos() < shortNanos) {
            return copy.value();
        }
        if (now - copy.confirmableUntilNanos() < 0 && confirmation.confirmedSince(now - shortNanos)) {
            return copy.value();
        }
        return null;
    }

    /** To be taken before reading what will be {@link #put}. */
    public long beforeRead() {
        return confirmation.epoch();
    }

    public void put(K key, V value, long readToken) {
        put(key, value, readToken, null);
    }

    /** {@code stableFor}: how long the value stays true without any write (an approval ending), null for no limit. */
    public void put(K key, V value, long readToken, Duration stableFor) {
        if (shortNanos == 0) {
            return;
        }
        long now = nanoClock.getAsLong();
        long confirmable = stableFor == null ? longNanos : Math.min(longNanos, Math.max(0, stableFor.toNanos()));
        copies.put(key, new Copy<>(value, now, now + confirmable));
        if (confirmation.epoch() != readToken) {
            copies.put(key, new Copy<>(value, now, now));
        }
    }

    /**
     * Replaces the copy of {@code key}, if there is one, by {@code change} of it, keeping when and how
     * it was read: the changed copy may be used exactly as long as the one it replaces. A copy
     * forgotten meanwhile stays forgotten (the change of a copy never brings back what a change on
     * the bus dropped), and {@code change} must only carry what this instance itself wrote.
     */
    public void update(K key, UnaryOperator<V> change) {
        copies.asMap().computeIfPresent(key, (k, copy) -> {
            V changed = change.apply(copy.value());
            return changed == copy.value() ? copy : new Copy<>(changed, copy.writtenNanos(), copy.confirmableUntilNanos());
        });
    }

    public void forget(K key) {
        copies.invalidate(key);
    }

    public void forgetIf(Predicate<K> which) {
        copies.asMap().keySet().removeIf(which);
    }

    public void forgetAll() {
        copies.invalidateAll();
    }
}
