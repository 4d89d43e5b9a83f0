package com.hcpress.follow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.ExportRows;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/** The follows of one account and its digest choice, in the data export, and deleted with the account. */
@Component
class FollowPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final ContentCatalog catalog;

    FollowPersonalData(JdbcClient jdbc, ContentCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> follows = ExportRows.of(jdbc, """
                select f.zone_id as zone, f.expert_name as expert, f.created_at
                  from follow f
                 where f.account_id = ? order by f.created_at, f.id""", accountId);
        if (!follows.isEmpty()) {
            Map<Long, String> slugs = catalog.zones().stream().collect(Collectors.toMap(ZoneView::id, ZoneView::slug));
            for (Map<String, Object> row : follows) {
                if (row.get("zone") != null) {
                    row.put("zone", slugs.get(((Number) row.get("zone")).longValue()));
                }
            }
        }
        data.put("follows", follows);
        data.put("followDigest", ExportRows.of(jdbc,
                "select frequency, last_sent_at from follow_digest where account_id = ?", accountId)
                .stream().findFirst().orElse(null));
        return data;
    }

    @Override
    public void erase(DataSubject subject) {
        jdbc.sql("delete from follow where account_id = ?").param(subject.accountId()).update();
        jdbc.sql("delete from follow_digest where account_id = ?").param(subject.accountId()).update();
    }
}
