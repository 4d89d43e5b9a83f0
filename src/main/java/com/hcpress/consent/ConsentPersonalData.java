package com.hcpress.consent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final ZoneSlugs zoneSlugs;

    ConsentPersonalData(JdbcClient jdbc, ZoneSlugs zoneSlugs) {
        this.jdbc = jdbc;
        this.zoneSlugs = zoneSlugs;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> rows = ExportRows.of(jdbc, """
                select e.at, e.choice, d.kind, d.zone_id as zone, d.version, e.sha256, e.address, e.user_agent,
                       d.title_zh, d.title_en, d.text_zh, d.text_en
                from consent_event e join legal_document d on d.id = e.document_id
                where e.user_id = ? order by e.id""", accountId);
        data.put("consents", withZoneSlugs(rows));
        return data;
    }

    /** Each row's zone id replaced by the zone's slug, in place so the columns keep their order. */
    private List<Map<String, Object>> withZoneSlugs(List<Map<String, Object>> rows) {
        List<Long> zoneIds = rows.stream().map(row -> row.get("zone")).filter(Objects::nonNull)
                .map(id -> ((Number) id).longValue()).distinct().toList();
        Map<Long, String> slugs = zoneSlugs.slugsOf(zoneIds);
        for (Map<String, Object> row : rows) {
            if (row.get("zone") != null) {
                row.put("zone", slugs.get(((Number) row.get("zone")).longValue()));
            }
        }
        return rows;
    }

    @Override
    public void erase(DataSubject subject) {
        jdbc.sql("select set_config('hcpress.erasing_identity', 'on', true)").query().singleValue();
        jdbc.sql("update consent_event set user_id = null, address = null, user_agent = null, subject = ? "
                + "where user_id = ?").params(UUID.randomUUID(), subject.accountId()).update();
        jdbc.sql("select set_config('hcpress.erasing_identity', 'off', true)").query().singleValue();
    }
}
