package com.hcpress.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.ExportRows;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/**
 * The articles a reader opened (per day, and each counted view with how far they read) and the
 * zone gates they first opened: exported, and deleted with the account, so the newsroom's counts
 * lose this reader. Export counts keep no reader and are not personal data.
 */
@Component
@Order(45)
class AnalyticsPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    AnalyticsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("articles_read", ExportRows.of(jdbc, """
                select a.slug as article, r.day, r.views
                from article_reading r join article a on a.id = r.article_id
                where r.user_id = ? order by r.day, a.slug""", accountId));
        data.put("article_views", ExportRows.of(jdbc, """
                select v.article_id, v.bucket as viewed_from, v.depth as depth_percent
                from article_view v where v.user_id = ? order by v.bucket, v.article_id""", accountId));
        data.put("gates_opened", ExportRows.of(jdbc, """
                select z.slug as zone, v.first_at
                from gate_visit v join zone z on z.id = v.zone_id
                where v.user_id = ? order by v.first_at""", accountId));
        return data;
    }

    @Override
    public void erase(DataSubject subject) {
        jdbc.sql("delete from article_reading where user_id = ?").param(subject.accountId()).update();
        jdbc.sql("delete from article_view where user_id = ?").param(subject.accountId()).update();
        jdbc.sql("delete from gate_visit where user_id = ?").param(subject.accountId()).update();
    }
}
