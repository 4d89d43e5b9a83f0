package com.hcpress.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** A copy lives past its short lifetime only while the change bus is confirmed delivered, and never after a raced read. */
class ConfirmedCopiesTest {

    private static final long MS = 1_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final Bus bus = new Bus();
    private final ConfirmedCopies<String, String> copies =
            new ConfirmedCopies<>(Duration.ofMillis(500), Duration.ofMinutes(10), 100, now::get);

    @Test
    void unconfirmedACopyLivesItsShortLifetimeOnly() {
        copies.put("a", "x", copies.beforeRead());
        now.addAndGet(499 * MS);
        assertThat(copies.get("a")).isEqualTo("x");
        now.addAndGet(MS);
        assertThat(copies.get("a")).isNull();
    }

    @Test
    void whileTheBusIsConfirmedACopyLivesOnAndEndsWithinTheShortLifetimeOfTheLastConfirmation() {
        copies.confirmedBy(bus);
        copies.put("a", "x", copies.beforeRead());
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        bus.confirmedAt = now.get() - 100 * MS;
        assertThat(copies.get("a")).isEqualTo("x");

        now.addAndGet(401 * MS);
        assertThat(copies.get("a")).as("no heartbeat heard for over 500 ms").isNull();
        bus.confirmedAt = now.get();
        assertThat(copies.get("a")).isEqualTo("x");
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        bus.confirmedAt = now.get();
        assertThat(copies.get("a")).as("past the long lifetime").isNull();
    }

    @Test
    void aReadThatRacedWithAChangeKeepsItsShortLifetime() {
        copies.confirmedBy(bus);
        long token = copies.beforeRead();
        bus.epoch++;
        copies.put("a", "stale", token);
        now.addAndGet(600 * MS);
        bus.confirmedAt = now.get();
        assertThat(copies.get("a")).isNull();
    }

    @Test
    void aCopyNeverOutlivesWhatItSaysItIsStableFor() {
        copies.confirmedBy(bus);
        copies.put("a", "x", copies.beforeRead(), Duration.ofSeconds(2));
        now.addAndGet(1_999 * MS);
        bus.confirmedAt = now.get();
        assertThat(copies.get("a")).isEqualTo("x");
        now.addAndGet(MS);
        bus.confirmedAt = now.get();
        assertThat(copies.get("a")).isNull();
    }

    @Test
    void aShortLifetimeOfASecondOrMoreIsRefused() {
        assertThatThrownBy(() -> new ConfirmedCopies<String, String>(Duration.ofSeconds(1), Duration.ofMinutes(1), 10,
                now::get)).isInstanceOf(IllegalArgumentException.class);
    }

    private static final class Bus implements Confirmation {
        long epoch;
        long confirmedAt = Long.MIN_VALUE / 2;

        @Override
        public long epoch() {
            return epoch;
        }

        @Override
        public boolean confirmedSince(long nanos) {
            return confirmedAt - nanos >= 0;
        }
    }

    @Test
    void anUpdatedCopyLivesExactlyAsLongAsTheOneItReplaces() {
        long token = copies.beforeRead();
        copies.put("a", "x", token);
        now.addAndGet(400 * MS);

        copies.update("a", value -> value + "+");

        assertThat(copies.get("a")).isEqualTo("x+");
        now.addAndGet(100 * MS);
        assertThat(copies.get("a")).as("500 ms after the read, unconfirmed").isNull();
    }

    @Test
    void anUpdateNeverBringsBackAForgottenCopy() {
        copies.put("a", "x", copies.beforeRead());
        copies.forget("a");

        copies.update("a", value -> value + "+");

        assertThat(copies.get("a")).isNull();
    }
}
