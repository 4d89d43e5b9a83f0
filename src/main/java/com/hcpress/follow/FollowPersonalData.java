package com.hcpress.follow;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.ExportRows;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/** The follows of one account and its digest choice, in the data export, and deleted with the account. */
@Component
class FollowPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    FollowPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("follows", ExportRows.of(jdbc, """
                select z.slug as zone, f.expert_name as expert, f.created_at
                  from follow f left join zone z on z.id = f.zone_id
                 where f.account_id = ? order by f.created_at, f.id""", accountId));
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
