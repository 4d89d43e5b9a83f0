package com.hcpress.follow;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follows of one account and its digest choice, for the data export and for deletion with the
 * account. Both run inside the privacy feature's transaction.
 */
@Component
public class FollowPersonalData {

    private final JdbcClient jdbc;

    FollowPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("follows", rows("""
                select z.slug as zone, f.expert_name as expert, f.created_at
                  from follow f left join zone z on z.id = f.zone_id
                 where f.account_id = ? order by f.created_at, f.id""", accountId));
        data.put("followDigest", rows("select frequency, last_sent_at from follow_digest where account_id = ?", accountId)
                .stream().findFirst().orElse(null));
        return data;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(long accountId) {
        jdbc.sql("delete from follow where account_id = ?").param(accountId).update();
        jdbc.sql("delete from follow_digest where account_id = ?").param(accountId).update();
    }

    private List<Map<String, Object>> rows(String sql, long accountId) {
        return jdbc.sql(sql).param(accountId).query().listOfRows().stream().map(FollowPersonalData::plain).toList();
    }

    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((column, value) -> out.put(column,
                value instanceof Timestamp timestamp ? timestamp.toInstant().toString() : value));
        return out;
    }
}
