package com.hcpress.notification;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.ExportRows;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/** The notifications and the channels chosen for them; erasing deletes them and the language chosen. */
@Component
@Order(60)
class NotificationPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    NotificationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("notifications", ExportRows.of(jdbc, """
                select category, link, parameters, created_at, read_at
                from notification where account_id = ? order by id""", accountId));
        data.put("notificationPreferences", ExportRows.of(jdbc, """
                select category, email, sms from notification_preference where account_id = ? order by category""",
                accountId));
        data.put("notificationLanguage", ExportRows.of(jdbc, """
                select language from notification_language where account_id = ?""", accountId));
        return data;
    }

    @Override
    public void erase(DataSubject subject) {
        jdbc.sql("delete from notification where account_id = ?").param(subject.accountId()).update();
        jdbc.sql("delete from notification_preference where account_id = ?").param(subject.accountId()).update();
        jdbc.sql("delete from notification_language where account_id = ?").param(subject.accountId()).update();
    }
}
