package com.hcpress.message;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.shared.db.QueueBacklog;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The outbox rows and their state changes. Each change names the attempt it belongs to (state SENDING
 * and the attempt number), so a late or repeated change from a worker that lost its lease does nothing.
 */
@Component
class OutboxStore {

    private static final String COLUMNS = "id, account_id, channel, address, locale, template, subject, body, "
            + "parameters, category, state, attempts, next_attempt_at, last_error, created_at, sent_at";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    OutboxStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    QueueBacklog backlog() {
        return jdbc.sql("""
                        select count(*) filter (where state in ('QUEUED', 'SENDING')) as waiting,
                               coalesce(extract(epoch from now() - min(created_at)
                                        filter (where state in ('QUEUED', 'SENDING'))), 0) as oldest,
                               count(*) filter (where state = 'FAILED') as failed
                          from message_outbox
                        """)
                .query((row, n) -> new QueueBacklog(row.getLong("waiting"), row.getDouble("oldest"), row.getLong("failed")))
                .single();
    }

    /** Claims due messages and those whose worker's lease ran out; other instances skip the locked rows. */
    @Transactional
    public List<OutboxMessage> claim(int batch, Duration lease) {
        return jdbc.sql("""
                        with due as (
                            select id from message_outbox
                             where (state = 'QUEUED' and next_attempt_at <= now())
                                or (state = 'SENDING' and lease_until < now())
                             order by next_attempt_at, id
                             limit :batch
                               for update skip locked)
                        update message_outbox m
                           set state = 'SENDING', attempts = m.attempts + 1,
                               lease_until = now() + make_interval(secs => :lease)
                          from due where m.id = due.id
                        returning m.id, m.account_id, m.channel, m.address, m.locale, m.template, m.subject, m.body,
                                  m.parameters, m.category, m.state, m.attempts, m.next_attempt_at, m.last_error,
                                  m.created_at, m.sent_at
                        """)
                .param("batch", batch).param("lease", lease.toMillis() / 1000.0)
                .query(this::message).list();
    }

    @Transactional
    public boolean markSent(long id, int attempt) {
        return jdbc.sql("update message_outbox set state = 'SENT', sent_at = now(), lease_until = null, "
                        + "last_error = null where id = ? and state = 'SENDING' and attempts = ?")
                .params(id, attempt).update() == 1;
    }

    /** Another attempt after the backoff, or FAILED after the last one. */
    @Transactional
    public boolean markFailed(long id, int attempt, String error, Duration backoff, boolean last) {
        return jdbc.sql("update message_outbox set state = ?, lease_until = null, last_error = ?, "
                        + "next_attempt_at = now() + make_interval(secs => ?) "
                        + "where id = ? and state = 'SENDING' and attempts = ?")
                .params(last ? "FAILED" : "QUEUED", abbreviate(error), backoff.toMillis() / 1000.0, id, attempt)
                .update() == 1;
    }

    /** Newest first, {@code size} rows older than {@code beforeId} (keyset). */
    @Transactional(readOnly = true)
    public List<OutboxMessage> page(Long beforeId, int size) {
        return jdbc.sql("select " + COLUMNS + " from message_outbox where id < ? order by id desc limit ?")
                .params(beforeId == null ? Long.MAX_VALUE : beforeId, size)
                .query(this::message).list();
    }

    @Transactional(readOnly = true)
    public Optional<OutboxMessage> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from message_outbox where id = ?").param(id)
                .query(this::message).optional();
    }

    private OutboxMessage message(ResultSet row, int number) throws SQLException {
        Map<String, String> parameters = json.readValue(row.getString("parameters"), new TypeReference<>() {
        });
        long accountId = row.getLong("account_id");
        return new OutboxMessage(row.getLong("id"), row.wasNull() ? null : accountId,
                Channel.valueOf(row.getString("channel")), row.getString("address"), row.getString("locale"),
                row.getString("template"), row.getString("subject"), row.getString("body"), parameters,
                row.getString("category"), MessageState.valueOf(row.getString("state")), row.getInt("attempts"),
                instant(row, "next_attempt_at"), row.getString("last_error"), instant(row, "created_at"),
                instant(row, "sent_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        java.sql.Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String abbreviate(String error) {
        String text = error == null ? "" : error;
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
