package com.hcpress.shared.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

import com.hcpress.shared.background.BatchWriter;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Writes touches (a session's new last-access time, once a touch interval per reader) off the
 * request thread: a bounded queue drained by one thread ({@link BatchWriter}), and one UPDATE of
 * Spring Session's row per batch, whatever its size. Nothing is read first: the expiry is the new
 * last access plus the row's own max inactive interval (a session that never expires keeps its
 * expiry). The UPDATE moves a row only forward (a row touched later, by another instance or by a
 * change written through Spring Session, keeps its newer time) and only an existing row (a session
 * signed out or expired meanwhile is not brought back). It changes neither the session's id nor its
 * attributes, so the triggers on {@code spring_session} stay silent and no instance forgets its copy.
 *
 * <p>Rules: a touch is never dropped, as a lost touch could end a reader's session early. When the
 * queue is full (the database has stalled for minutes) the request writes its own touch, one
 * UPDATE by id, as before the queue (counted in {@code hcpress.session.touches.dropped}: dropped from
 * the queue, not lost). A batch the database refuses is tried once more, then its sessions' copies
 * are forgotten on this instance, so each reader's next request reads the row and touches it again.
 *
 * <p>Sizes, for 5,000 readers touching once a minute (about 83 touches a second): the queue of
 * 10,000 rides out two minutes of a stalled database; a batch is what waited while the previous one
 * was written (a handful of rows under normal load), at most 500.
 */
@Component
class LastAccessWriter implements LastAccessWrites, DisposableBean {

    static final int QUEUE = 10_000;
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(LastAccessWriter.class);

    /** Ids and times in id order, so that two writers lock rows in the same order. */
    private static final String TOUCH = """
            update spring_session s
               set last_access_time = t.last_access_time,
                   expiry_time = case when s.max_inactive_interval < 0 then s.expiry_time
                                      else t.last_access_time + s.max_inactive_interval * 1000::bigint end
              from unnest(cast(? as bpchar[]), cast(? as bigint[])) as t(session_id, last_access_time)
             where s.session_id = t.session_id
               and s.last_access_time < t.last_access_time
            """;

    record Touch(String sessionId, long lastAccessMillis) {
    }

    private final JdbcClient jdbc;
    private final TouchThrottlingSessionRepository<?> sessions;
    private final BatchWriter<Touch> writer;

    LastAccessWriter(FindByIndexNameSessionRepository<?> sessions, JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.sessions = sessions instanceof TouchThrottlingSessionRepository<?> throttled ? throttled : null;
        this.writer = new BatchWriter<>("session-touches", QUEUE, BATCH, this::write, meters, "hcpress.session.touches");
        if (this.sessions != null) {
            this.sessions.lastAccessWrittenBy(this);
        }
    }

    @Override
    public void touched(String sessionId, Instant at) {
        Touch touch = new Touch(sessionId, at.toEpochMilli());
        if (!writer.offer(touch)) {
            write(List.of(touch));
        }
    }

    /** Touches queued or being written: zero once every touch so far is in the database (or given up). */
    int unwritten() {
        return writer.unwritten();
    }

    private void write(List<Touch> batch) {
        try {
            update(batch);
        } catch (RuntimeException first) {
            try {
                update(batch);
            } catch (RuntimeException again) {
                log.warn("{} session touches not written, their copies forgotten: {}", batch.size(), again.toString());
                if (sessions != null) {
                    batch.forEach(touch -> sessions.forgetRemembered(touch.sessionId()));
                }
            }
        }
    }

    /** One statement for the batch; several touches of one session in it count as its latest. */
    int update(List<Touch> batch) {
        Map<String, Long> latest = new TreeMap<>();
        for (Touch touch : batch) {
            latest.merge(touch.sessionId(), touch.lastAccessMillis(), Math::max);
        }
        return jdbc.sql(TOUCH)
                .params(latest.keySet().toArray(String[]::new), latest.values().toArray(Long[]::new))
                .update();
    }

    @Override
    public void destroy() throws InterruptedException {
        writer.close();
    }
}
