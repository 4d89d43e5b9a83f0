package com.hcpress.verification;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells readers, through the notification centre ({@link ReverificationDue}), that their approval ends soon: once per
 * approval, {@code hcpress.verification.reverify-reminder} before its end. Only a reader's latest
 * submission counts, and only an approval neither revoked nor already ended. Every instance
 * schedules the job; an advisory lock lets one run it at a time.
 */
@Service
public class ReverificationReminders {

    static final long LOCK = 0x52455645524946L; // "REVERIF"
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(ReverificationReminders.class);

    private record Due(long submissionId, long userId, Timestamp endsAt) {
    }

    private final JdbcClient jdbc;
    private final ApprovalValidity validity;
    private final ApplicationEventPublisher events;

    ReverificationReminders(JdbcClient jdbc, ApprovalValidity validity, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.validity = validity;
        this.events = events;
    }

    /** Sends the reminders due; answers how many, or -1 when another instance is sending them. */
    @Transactional
    @Scheduled(initialDelayString = "${hcpress.verification.reverify-check:PT1H}",
            fixedDelayString = "${hcpress.verification.reverify-check:PT1H}")
    public int remind() {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return -1;
        }
        List<Due> due = jdbc.sql("""
                        select s.id, s.user_id, s.decided_at + cast(:validity as interval) as ends_at
                          from verification_submission s
                         where s.status = 'APPROVED' and s.revoked_at is null and s.reminded_at is null
                           and s.decided_at + cast(:validity as interval) > now()
                           and s.decided_at + cast(:validity as interval) - cast(:ahead as interval) <= now()
                           and not exists (select 1 from verification_submission later
                                            where later.user_id = s.user_id and later.id > s.id)
                         order by s.decided_at limit :batch""")
                .param("validity", validity.asInterval()).param("ahead", validity.reminderAsInterval())
                .param("batch", BATCH)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("user_id"), rs.getTimestamp("ends_at")))
                .list();
        for (Due reminder : due) {
            LocalDate ends = reminder.endsAt().toInstant().atZone(ReviewStatistics.DAYS_IN).toLocalDate();
            events.publishEvent(new ReverificationDue(reminder.submissionId(), reminder.userId(), ends));
            jdbc.sql("update verification_submission set reminded_at = now() where id = ?")
                    .param(reminder.submissionId()).update();
        }
        if (!due.isEmpty()) {
            log.info("Reminded {} readers that their verification ends soon", due.size());
        }
        return due.size();
    }
}
