package com.hcpress.verification;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.verification.ocr.LicencePageReader;
import com.hcpress.verification.ocr.LicenceText;
import com.hcpress.verification.ocr.Tesseract;

/**
 * Reads licence photos in the background, from jobs queued in PostgreSQL with the submission, so
 * the applicant never waits for Tesseract. One thread per instance takes a due job with
 * {@code FOR UPDATE SKIP LOCKED}, leases it for {@link #LEASE} (a crashed reader's job comes back),
 * and outside any transaction runs Tesseract; a failure is retried {@link #MAX_ATTEMPTS} times with
 * a growing delay before the reading is recorded as FAILED. When Tesseract is not installed the
 * reading is recorded as UNAVAILABLE and the reviewer is told so.
 */
@Component
class LicenceReadingJobs implements SmartLifecycle {

    static final int MAX_ATTEMPTS = 3;
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration AVAILABILITY_RECHECK = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(LicenceReadingJobs.class);

    private final JdbcClient jdbc;
    private final LicenceReadings readings;
    private final LicencePageReader reader;
    private final TransactionTemplate transactions;
    private final Duration poll;
    private final boolean enabled;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile ScheduledExecutorService worker;
    private volatile long availabilityCheckedAt = Long.MIN_VALUE;
    private volatile boolean available;

    LicenceReadingJobs(JdbcClient jdbc, LicenceReadings readings, PlatformTransactionManager transactionManager,
                       @Value("${hcpress.verification.ocr.command:tesseract}") String command,
                       @Value("${hcpress.verification.ocr.timeout:60s}") Duration timeout,
                       @Value("${hcpress.verification.ocr.poll:5s}") Duration poll,
                       @Value("${hcpress.verification.ocr.enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.readings = readings;
        this.reader = new LicencePageReader(new Tesseract(command, timeout));
        this.transactions = new TransactionTemplate(transactionManager);
        this.poll = poll;
        this.enabled = enabled;
    }

    /** Queues the submission's photo for reading; called in the transaction that stores it. */
    void enqueue(long submissionId) {
        jdbc.sql("insert into licence_reading_job (submission_id) values (?) on conflict do nothing")
                .param(submissionId).update();
    }

    /** Whether Tesseract answers here, asked again every few minutes. */
    boolean available() {
        long now = System.nanoTime();
        if (availabilityCheckedAt == Long.MIN_VALUE || now - availabilityCheckedAt > AVAILABILITY_RECHECK.toNanos()) {
            available = reader.available();
            availabilityCheckedAt = now;
        }
        return available;
    }

    /** A new submission is read at once rather than at the next poll. */
    @TransactionalEventListener
    void submitted(SubmissionStored stored) {
        ScheduledExecutorService current = worker;
        if (current != null) {
            current.execute(this::runDue);
        }
    }

    /** Runs every due job; answers how many were taken. */
    int runDue() {
        int taken = 0;
        try {
            Optional<Long> job;
            while ((job = take()).isPresent()) {
                taken++;
                run(job.get());
            }
        } catch (RuntimeException e) {
            log.warn("Licence reading stopped for this round", e);
        }
        return taken;
    }

    private Optional<Long> take() {
        return transactions.execute(tx -> jdbc.sql("""
                        update licence_reading_job set leased_until = now() + make_interval(secs => :lease),
                               attempts = attempts + 1
                         where submission_id = (select submission_id from licence_reading_job
                                                 where run_after <= now() and (leased_until is null or leased_until < now())
                                                 order by run_after, submission_id limit 1 for update skip locked)
                        returning submission_id""")
                .param("lease", LEASE.toSeconds()).query(Long.class).optional());
    }

    private void run(long submissionId) {
        Optional<byte[]> photo = jdbc.sql("""
                        select p.bytes from licence_photo p join verification_submission s on s.licence_photo_id = p.id
                         where s.id = ? and p.deleted_at is null""")
                .param(submissionId).query(byte[].class).optional();
        if (photo.isEmpty()) {
            done(submissionId);
            return;
        }
        if (!available()) {
            finish(submissionId, LicenceReadingView.State.UNAVAILABLE, null, null);
            return;
        }
        long started = System.nanoTime();
        try {
            LicenceText text = reader.read(photo.get());
            finish(submissionId, LicenceReadingView.State.READ, text, Duration.ofNanos(System.nanoTime() - started));
        } catch (Exception e) {
            failed(submissionId, e);
        }
    }

    private void finish(long submissionId, LicenceReadingView.State state, LicenceText text, Duration took) {
        transactions.executeWithoutResult(tx -> {
            // The submission may have been erased meanwhile: then there is nothing to keep.
            Boolean exists = jdbc.sql("select exists (select 1 from verification_submission where id = ?)")
                    .param(submissionId).query(Boolean.class).single();
            if (Boolean.TRUE.equals(exists)) {
                readings.store(submissionId, state, text, took);
            }
            jdbc.sql("delete from licence_reading_job where submission_id = ?").param(submissionId).update();
        });
    }

    private void done(long submissionId) {
        jdbc.sql("delete from licence_reading_job where submission_id = ?").param(submissionId).update();
    }

    private void failed(long submissionId, Exception e) {
        Integer attempts = jdbc.sql("select attempts from licence_reading_job where submission_id = ?")
                .param(submissionId).query(Integer.class).optional().orElse(MAX_ATTEMPTS);
        log.warn("Reading the licence photo of submission {} failed (attempt {}): {}", submissionId, attempts, e.toString());
        if (attempts >= MAX_ATTEMPTS) {
            finish(submissionId, LicenceReadingView.State.FAILED, null, null);
            return;
        }
        String message = String.valueOf(e.getMessage());
        jdbc.sql("""
                        update licence_reading_job set leased_until = null, last_error = :error,
                               run_after = now() + make_interval(secs => :delay)
                         where submission_id = :id""")
                .param("error", message.length() > 200 ? message.substring(0, 200) : message)
                .param("delay", 30L * attempts).param("id", submissionId).update();
    }

    @Override
    public void start() {
        if (!enabled || !running.compareAndSet(false, true)) {
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "licence-reading");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runDue, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        worker = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = worker;
        worker = null;
        running.set(false);
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }
}
