package com.hcpress.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log: filtered pages, newest first, by keyset (the id of the last entry seen). */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} entries older than {@code beforeId} (null: from the newest). */
    public List<AuditEntry> page(AuditFilter filter, Long beforeId, int limit) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (filter.actorId() != null) {
            conditions.add("actor_id = ?");
            values.add(filter.actorId());
        }
        if (filter.actionPrefix() != null && !filter.actionPrefix().isEmpty()) {
            conditions.add("action like ? escape '\\'");
            values.add(filter.actionPrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.from() != null) {
            conditions.add("at >= ?");
            values.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("at < ?");
            values.add(Timestamp.from(filter.to()));
        }
        if (beforeId != null) {
            conditions.add("id < ?");
            values.add(beforeId);
        }
        values.add(limit);
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql("select id, at, actor_id, action, subject, before, after, address from audit_log" + where
                        + " order by id desc limit ?")
                .params(values).query(AuditTrail::entry).list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        long actor = rs.getLong("actor_id");
        Long actorId = rs.wasNull() ? null : actor;
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), actorId,
                rs.getString("action"), rs.getString("subject"), rs.getString("before"), rs.getString("after"),
                rs.getString("address"));
    }
}
