package com.hcpress.shared.cache;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One copy per key of a value that is costly to make, kept while it is of the version asked for
 * and younger than its lifetime. One caller makes a copy; callers asking for the same version
 * meanwhile wait for that copy instead of making it again, so a burst of requests after a change
 * costs one rendering, not one per request. A failed making is not kept.
 *
 * @param <K> what the copy is of
 * @param <V> the copy
 */
public final class SharedCopies<K, V> {

    private record Copy<V>(CompletableFuture<V> value, Object version, long renewAt) {
    }

    private final Map<K, Copy<V>> copies = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final long lifetimeNanos;
    private final LongSupplier clock;

    /** Copies that live until their version changes. */
    public SharedCopies(int maxEntries) {
        this(maxEntries, null, System::nanoTime);
    }

    /** Copies that are also made anew once {@code lifetime} has passed. */
    public SharedCopies(int maxEntries, Duration lifetime) {
        this(maxEntries, lifetime, System::nanoTime);
    }

    SharedCopies(int maxEntries, Duration lifetime, LongSupplier nanoClock) {
        this.maxEntries = maxEntries;
        this.lifetimeNanos = lifetime == null ? Long.MAX_VALUE : lifetime.toNanos();
        this.clock = nanoClock;
    }

    /** The copy of {@code key} at {@code version}, made with {@code make} when there is none. */
    public V get(K key, Object version, Supplier<V> make) {
        long now = clock.getAsLong();
        Copy<V> known = copies.get(key);
        if (known != null && current(known, version, now)) {
            return known.value().join();
        }
        long renewAt = lifetimeNanos == Long.MAX_VALUE ? Long.MAX_VALUE : now + lifetimeNanos;
        Copy<V> mine = new Copy<>(new CompletableFuture<>(), version, renewAt);
        boolean won = known == null ? copies.putIfAbsent(key, mine) == null : copies.replace(key, known, mine);
        if (!won) {
            Copy<V> theirs = copies.get(key);
            return theirs != null && Objects.equals(theirs.version(), version) ? theirs.value().join() : make.get();
        }
        try {
            mine.value().complete(make.get());
        } catch (RuntimeException | Error e) {
            copies.remove(key, mine);
            mine.value().completeExceptionally(e);
            throw e;
        }
        if (copies.size() > maxEntries) {
            copies.clear();
        }
        return mine.value().join();
    }

    private boolean current(Copy<V> copy, Object version, long now) {
        return Objects.equals(copy.version(), version) && (copy.renewAt() == Long.MAX_VALUE || now - copy.renewAt() < 0);
    }
}
