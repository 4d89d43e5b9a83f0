package com.hcpress.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.hcpress.shared.web.CurrentRequest;

/** Writes audit entries in the caller's transaction, so an action and its entry commit together. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Long actorId, String action, String subject, String before, String after) {
        jdbc.sql("insert into audit_log (actor_id, action, subject, before, after, address) values (?, ?, ?, ?, ?, ?)")
                .params(actorId, action, subject, before, after, CurrentRequest.address())
                .update();
    }

    public void record(Long actorId, String action, String subject) {
        record(actorId, action, subject, null, null);
    }
}
