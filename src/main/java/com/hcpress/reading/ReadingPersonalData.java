package com.hcpress.reading;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reading rows of one account for the data export (bookmarks with their tags, the reading
 * history and whether it is paused) and their deletion with the account. Both run inside the
 * privacy feature's transaction.
 */
@Component
public class ReadingPersonalData {

    private final JdbcClient jdbc;

    ReadingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("bookmarks", rows("""
                select coalesce('article:' || a.slug, 'study:' || b.study_id) as item, b.created_at,
                       (select string_agg(t.tag, ',' order by t.tag) from bookmark_tag t where t.bookmark_id = b.id) as tags
                  from bookmark b left join article a on a.id = b.article_id
                 where b.account_id = ? order by b.created_at, b.id""", accountId));
        data.put("readingHistory", rows("""
                select coalesce('article:' || a.slug, 'study:' || h.study_id) as item, h.viewed_at
                  from reading_history h left join article a on a.id = h.article_id
                 where h.account_id = ? order by h.viewed_at desc, h.id desc""", accountId));
        data.put("readingHistoryPausedAt", rows("select paused_at from reading_history_pause where account_id = ?",
                accountId).stream().findFirst().map(row -> row.get("paused_at")).orElse(null));
        return data;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(long accountId) {
        jdbc.sql("delete from bookmark where account_id = ?").param(accountId).update();
        jdbc.sql("delete from reading_history where account_id = ?").param(accountId).update();
        jdbc.sql("delete from reading_history_pause where account_id = ?").param(accountId).update();
    }

    private List<Map<String, Object>> rows(String sql, long accountId) {
        return jdbc.sql(sql).param(accountId).query().listOfRows().stream().map(ReadingPersonalData::plain).toList();
    }

    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((column, value) -> out.put(column,
                value instanceof Timestamp timestamp ? timestamp.toInstant().toString() : value));
        return out;
    }
}
