package com.hcpress.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole consent ledger for administrators: filtered pages, newest first, by keyset (the id
 * of the last row seen), and the same rows streamed for export.
 */
@Service
@Transactional(readOnly = true)
public class ConsentLedger {

    private static final String COLUMNS = "select e.id, e.at, e.user_id, e.document_id, d.kind, d.zone_id, e.version, "
            + "e.sha256, e.choice, e.address, e.user_agent from consent_event e join legal_document d on d.id = e.document_id";
    private static final int EXPORT_FETCH_SIZE = 500;

    private final JdbcClient jdbc;

    ConsentLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} rows older than {@code beforeId} (null: from the newest). */
    public List<LedgerEntry> page(LedgerFilter filter, Long beforeId, int limit) {
        Query query = where(filter);
        if (beforeId != null) {
            query.add("e.id < ?", beforeId);
        }
        query.values.add(limit);
        return jdbc.sql(COLUMNS + query.sql() + " order by e.id desc limit ?")
                .params(query.values).query(ConsentLedger::entry).list();
    }

    /** Every matching row, newest first, read as it is written out. */
    public void export(LedgerFilter filter, Consumer<LedgerEntry> sink) {
        Query query = where(filter);
        jdbc.sql(COLUMNS + query.sql() + " order by e.id desc")
                .params(query.values).withFetchSize(EXPORT_FETCH_SIZE)
                .query((ResultSet rs) -> {
                    sink.accept(entry(rs, 0));
                });
    }

    private static Query where(LedgerFilter filter) {
        Query query = new Query();
        if (filter.userId() != null) {
            query.add("e.user_id = ?", filter.userId());
        }
        if (filter.kind() != null) {
            query.add("d.kind = ?", filter.kind().name());
        }
        if (filter.zoneId() != null) {
            query.add("d.zone_id = ?", filter.zoneId());
        }
        if (filter.choice() != null) {
            query.add("e.choice = ?", filter.choice().name());
        }
        if (filter.from() != null) {
            query.add("e.at >= ?", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            query.add("e.at < ?", Timestamp.from(filter.to()));
        }
        return query;
    }

    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        long user = rs.getLong("user_id");
        Long userId = rs.wasNull() ? null : user;
        long zone = rs.getLong("zone_id");
        Long zoneId = rs.wasNull() ? null : zone;
        return new LedgerEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), userId, rs.getLong("document_id"),
                DocumentKind.valueOf(rs.getString("kind")), zoneId, rs.getInt("version"), rs.getString("sha256"),
                ConsentChoice.valueOf(rs.getString("choice")), rs.getString("address"), rs.getString("user_agent"));
    }

    /** Conditions joined by {@code and}, with their positional values in order. */
    private static final class Query {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        void add(String condition, Object value) {
            conditions.add(condition);
            values.add(value);
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
