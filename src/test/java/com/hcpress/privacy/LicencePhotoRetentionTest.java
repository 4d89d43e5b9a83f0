package com.hcpress.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.hcpress.verification.LicencePhotoRetention;

@HcpressIntegrationTest
class LicencePhotoRetentionTest {

    @Autowired
    LicencePhotoRetention retention;
    @Autowired
    TestUsers readers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void photosDecidedLongerAgoThanTheRetentionAreDeletedOnce() {
        assertThat(retention.retention()).hasDays(30);
        long old = decidedDaysAgo(31);
        long recent = decidedDaysAgo(29);

        assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);

        assertThat(deletedAt(old)).isTrue();
        assertThat(jdbc.sql("select length(bytes) from licence_photo where id = ?").param(old).query(Integer.class).single())
                .isZero();
        assertThat(deletedAt(recent)).isFalse();
        assertThat(retention.deleteExpired()).isZero();
    }

    @Test
    void whileOneInstanceRunsTheJobAnotherSkipsIt() throws Exception {
        long photo = decidedDaysAgo(40);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = other.submit(() -> transactions.executeWithoutResult(status -> {
                jdbc.sql("select pg_advisory_xact_lock(?)").param(0x4C4943454E43L).query().singleValue();
                locked.countDown();
                await(release);
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(retention.deleteExpired()).isEqualTo(-1);
            assertThat(deletedAt(photo)).isFalse();
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            other.shutdownNow();
        }
        assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(deletedAt(photo)).isTrue();
    }

    @Test
    void twoInstancesAtOnceDeleteEachPhotoOnce() throws Exception {
        List<Long> photos = List.of(decidedDaysAgo(50), decidedDaysAgo(60), decidedDaysAgo(70));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    await(start);
                    return retention.deleteExpired();
                }));
            }
            start.countDown();
            int deleted = 0;
            for (Future<Integer> run : runs) {
                deleted += Math.max(0, run.get(30, TimeUnit.SECONDS));
            }
            assertThat(deleted).isEqualTo(photos.size());
        } finally {
            pool.shutdownNow();
        }
        photos.forEach(photo -> assertThat(deletedAt(photo)).isTrue());
    }

    private long decidedDaysAgo(int days) {
        long userId = ((AccountPrincipal) readers.passedReader()).id();
        long photo = jdbc.sql("select licence_photo_id from verification_submission where user_id = ?").param(userId)
                .query(Long.class).single();
        jdbc.sql("update verification_submission set decided_at = now() - make_interval(days => ?), "
                + "submitted_at = now() - make_interval(days => ? + 1) where user_id = ?")
                .params(days, days, userId).update();
        return photo;
    }

    private boolean deletedAt(long photo) {
        return jdbc.sql("select deleted_at is not null from licence_photo where id = ?").param(photo)
                .query(Boolean.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
