package com.hcpress.shared.cache;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One copy per key of a value that is costly to make, kept while it is of the version asked for
 * and, if a lifetime is given, made anew once that has passed. One caller makes a copy; callers
 * asking for the same version meanwhile wait for that copy instead of making it again, so a burst
 * of requests after a change costs one making, not one per request. When only the lifetime ran
 * out, the others keep getting the previous copy while one caller makes the next, so a renewal
 * stalls nobody. A failed making is not kept.
 *
 * @param <K> what the copy is of
 * @param <V> the copy
 */
public final class SharedCopies<K, V> {

    /** A copy, or its making in progress, with the copy it replaces while that is the same version. */
    private record Copy<V>(CompletableFuture<V> value, Object version, long renewAt, V previous) {

        V readable() {
            return value.isDone() || previous == null ? value.join() : previous;
        }

        V madeOrPrevious() {
            return value.isDone() && !value.isCompletedExceptionally() ? value.join() : previous;
        }
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
        return get(key, version, previous -> make.get());
    }

    /**
     * As {@link #get(Object, Object, Supplier)}, where {@code make} is given the copy of the same
     * version whose lifetime ran out (null if there is none), e.g. to keep it when nothing changed.
     */
    public V get(K key, Object version, UnaryOperator<V> make) {
        long now = clock.getAsLong();
        Copy<V> known = copies.get(key);
        boolean sameVersion = known != null && Objects.equals(known.version(), version);
        if (sameVersion && now - known.renewAt() < 0) {
            return known.readable();
        }
        V previous = sameVersion ? known.madeOrPrevious() : null;
        long renewAt = lifetimeNanos == Long.MAX_VALUE ? Long.MAX_VALUE : now + lifetimeNanos;
        Copy<V> mine = new Copy<>(new CompletableFuture<>(), version, renewAt, previous);
        boolean won = known == null ? copies.putIfAbsent(key, mine) == null : copies.replace(key, known, mine);
        if (!won) {
            Copy<V> theirs = copies.get(key);
            return theirs != null && Objects.equals(theirs.version(), version) ? theirs.readable() : make.apply(null);
        }
        try {
            mine.value().complete(make.apply(previous));
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

    /** The copy of {@code key} at {@code version} when one is made and current; never makes one. */
    public Optional<V> ifMade(K key, Object version) {
        Copy<V> copy = copies.get(key);
        if (copy == null || !Objects.equals(copy.version(), version) || clock.getAsLong() - copy.renewAt() >= 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(copy.madeOrPrevious());
    }
}
