package com.hcpress.message;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.ExportRows;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/** The emails and text messages sent or waiting in the outbox; erasing deletes them. */
@Component
@Order(70)
class MessagePersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    MessagePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("messages", ExportRows.of(jdbc, """
                select channel, address, template, subject, body, state, attempts, created_at, sent_at
                from message_outbox where account_id = ? order by id""", accountId));
        return data;
    }

    @Override
    public void erase(DataSubject subject) {
        jdbc.sql("delete from message_outbox where account_id = ?").param(subject.accountId()).update();
    }
}
