package com.hcpress.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.support.HcpressIntegrationTest;

@HcpressIntegrationTest
class AuditLogTest {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        audit.record(null, "test.event", "subject:audit-test");
        long id = jdbc.sql("select max(id) from audit_log where action = 'test.event'").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_log set action = 'forged' where id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update()).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select action from audit_log where id = ?").param(id).query(String.class).single())
                .isEqualTo("test.event");
    }

    @Test
    void theConsentLedgerIsAppendOnlyToo() {
        assertThatThrownBy(() -> jdbc.sql("update consent_event set choice = 'AGREED'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from consent_event").update())
                .hasMessageContaining("append-only");
    }
}
