package com.hcpress.audit;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/**
 * The audit log is not part of the export. Erasing keeps every entry but drops the addresses the
 * account acted from, and replaces the email or mobile typed at a sign-in by the account's number
 * (the log's trigger allows this one change only while {@code hcpress.erasing_identity} is on).
 */
@Component
@Order(80)
class AuditPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        return Map.of();
    }

    @Override
    public void erase(DataSubject subject) {
        jdbc.sql("select set_config('hcpress.erasing_identity', 'on', true)").query().singleValue();
        jdbc.sql("update audit_log set address = null where actor_id = ? and address is not null")
                .param(subject.accountId()).update();
        jdbc.sql("update audit_log set subject = ?, address = null where subject = ?")
                .params("login:erased-" + subject.accountId(), "login:" + subject.signInName()).update();
        jdbc.sql("select set_config('hcpress.erasing_identity', 'off', true)").query().singleValue();
    }
}
