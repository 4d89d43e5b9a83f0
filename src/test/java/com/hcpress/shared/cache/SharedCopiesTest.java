package com.hcpress.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SharedCopiesTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger made = new AtomicInteger();
    private final SharedCopies<String, String> copies = new SharedCopies<>(100, Duration.ofSeconds(2), now::get);

    @Test
    void aCopyIsMadeOncePerVersion() {
        assertThat(copies.get("page", 1, this::make)).isEqualTo("copy 1");
        assertThat(copies.get("page", 1, this::make)).isEqualTo("copy 1");
        assertThat(copies.get("page", 2, this::make)).isEqualTo("copy 2");
        assertThat(made).hasValue(2);
    }

    @Test
    void aCopyIsMadeAnewAfterItsLifetimeAndCanKeepThePrevious() {
        copies.get("page", 1, this::make);
        now.addAndGet(Duration.ofSeconds(3).toNanos());

        assertThat(copies.get("page", 1, previous -> previous)).isEqualTo("copy 1");
        assertThat(copies.get("page", 1, this::make)).as("renewed, so current again").isEqualTo("copy 1");
        assertThat(made).hasValue(1);
    }

    @Test
    void whileOneCallerRenewsACopyTheOthersGetThePreviousOne() throws Exception {
        copies.get("page", 1, this::make);
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        CountDownLatch renewing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> renewal = pool.submit(() -> copies.get("page", 1, () -> {
                renewing.countDown();
                await(release);
                return "renewed";
            }));
            assertThat(renewing.await(5, TimeUnit.SECONDS)).isTrue();

            assertThat(copies.get("page", 1, this::make)).isEqualTo("copy 1");

            release.countDown();
            assertThat(renewal.get(5, TimeUnit.SECONDS)).isEqualTo("renewed");
            assertThat(copies.get("page", 1, this::make)).isEqualTo("renewed");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewVersionIsWaitedForNotServedStale() {
        copies.get("page", 1, this::make);

        assertThat(copies.ifMade("page", 2)).isEmpty();
        assertThat(copies.get("page", 2, this::make)).isEqualTo("copy 2");
        assertThat(copies.ifMade("page", 2)).contains("copy 2");
    }

    @Test
    void aFailedMakingIsNotKept() {
        assertThatThrownBy(() -> copies.get("page", 1, () -> {
            throw new IllegalStateException("database away");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(copies.get("page", 1, this::make)).isEqualTo("copy 1");
    }

    private String make() {
        return "copy " + made.incrementAndGet();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
