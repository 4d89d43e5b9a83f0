package com.hcpress.consent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.ExportRows;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/**
 * The consent events with the text agreed to. Erasing keeps every event in the ledger but strips
 * the identity: the account's events share one random subject id instead (the ledger's trigger
 * allows this one change only while {@code hcpress.erasing_identity} is on in the transaction).
 */
@Component
@Order(30)
class ConsentPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    ConsentPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("consents", ExportRows.of(jdbc, """
                select e.at, e.choice, d.kind, z.slug as zone, d.version, e.sha256, e.address, e.user_agent,
                       d.title_zh, d.title_en, d.text_zh, d.text_en
                from consent_event e join legal_document d on d.id = e.document_id
                left join zone z on z.id = d.zone_id
                where e.user_id = ? order by e.id""", accountId));
        return data;
    }

    @Override
    public void erase(DataSubject subject) {
        jdbc.sql("select set_config('hcpress.erasing_identity', 'on', true)").query().singleValue();
        jdbc.sql("update consent_event set user_id = null, address = null, user_agent = null, subject = ? "
                + "where user_id = ?").params(UUID.randomUUID(), subject.accountId()).update();
        jdbc.sql("select set_config('hcpress.erasing_identity', 'off', true)").query().singleValue();
    }
}
