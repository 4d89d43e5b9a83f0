package com.hcpress.verification;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Licence photos are needed only until a reviewer has decided: a set time after the decision
 * ({@code hcpress.verification.photo-retention}, 30 days by default) their bytes are deleted and
 * the row marked, and what was read on them ({@link LicenceReadings}) with them. Every instance schedules the job; a PostgreSQL advisory lock held for the
 * transaction lets one of them run it at a time, and the others skip that round.
 */
@Service
public class LicencePhotoRetention {

    /** Advisory lock key for this job; any constant not used by another lock. */
    static final long LOCK = 0x4C4943454E43L; // "LICENC"
    private static final Logger log = LoggerFactory.getLogger(LicencePhotoRetention.class);

    private final JdbcClient jdbc;
    private final Duration retention;

    LicencePhotoRetention(JdbcClient jdbc,
                          @Value("${hcpress.verification.photo-retention:30d}") Duration retention) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("hcpress.verification.photo-retention must not be negative");
        }
        this.jdbc = jdbc;
        this.retention = retention;
    }

    public Duration retention() {
        return retention;
    }

    /** Deletes the photos due; answers how many, or -1 when another instance is running the job. */
    @Transactional
    @Scheduled(initialDelayString = "${hcpress.verification.photo-retention-check:PT1H}",
            fixedDelayString = "${hcpress.verification.photo-retention-check:PT1H}")
    public int deleteExpired() {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return -1;
        }
        // What was read on a photo goes with it.
        jdbc.sql("""
                        delete from licence_reading r using verification_submission s, licence_photo p
                        where r.submission_id = s.id and s.licence_photo_id = p.id and p.deleted_at is null
                          and s.decided_at is not null and s.decided_at <= now() - make_interval(secs => ?)
                        """)
                .param(retention.toSeconds())
                .update();
        int deleted = jdbc.sql("""
                        update licence_photo p set bytes = ''::bytea, perceptual_hash = null, deleted_at = now()
                        from verification_submission s
                        where s.licence_photo_id = p.id and p.deleted_at is null
                          and s.decided_at is not null and s.decided_at <= now() - make_interval(secs => ?)
                        """)
                .param(retention.toSeconds())
                .update();
        if (deleted > 0) {
            log.info("Deleted {} licence photos decided on more than {} ago", deleted, retention);
        }
        return deleted;
    }
}
