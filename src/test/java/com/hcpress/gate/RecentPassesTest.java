package com.hcpress.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RecentPassesTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final RecentPasses passes = new RecentPasses(Duration.ofMillis(500), now::get);

    @Test
    void aPassIsRememberedForItsLifetimeOnly() {
        passes.remember(7, 1);
        assertThat(passes.passed(7, 1)).isTrue();
        assertThat(passes.passed(7, 2)).as("another zone").isFalse();
        assertThat(passes.passed(8, 1)).as("another user").isFalse();

        now.addAndGet(Duration.ofMillis(499).toNanos());
        assertThat(passes.passed(7, 1)).isTrue();
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(passes.passed(7, 1)).isFalse();
    }

    @Test
    void forgettingAUserForgetsEveryZoneOfTheirsAndNoOneElse() {
        passes.remember(7, 1);
        passes.remember(7, 2);
        passes.remember(8, 1);

        passes.forget(7);

        assertThat(passes.passed(7, 1)).isFalse();
        assertThat(passes.passed(7, 2)).isFalse();
        assertThat(passes.passed(8, 1)).isTrue();
        passes.forgetAll();
        assertThat(passes.passed(8, 1)).isFalse();
    }

    @Test
    void aLifetimeOfASecondOrMoreWouldBreakTheGatesPromise() {
        assertThatThrownBy(() -> new RecentPasses(Duration.ofSeconds(1), now::get))
                .isInstanceOf(IllegalArgumentException.class);
        RecentPasses none = new RecentPasses(Duration.ZERO, now::get);
        none.remember(7, 1);
        assertThat(none.passed(7, 1)).isFalse();
    }
}
