package com.hcpress.reading;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.ExportRows;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/**
 * The reading rows of one account: bookmarks with their tags, the reading history and whether it
 * is paused, in the data export, and deleted with the account.
 */
@Component
class ReadingPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    ReadingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("bookmarks", ExportRows.of(jdbc, """
                select coalesce('article:' || a.slug, 'study:' || b.study_id) as item, b.created_at,
                       (select string_agg(t.tag, ',' order by t.tag) from bookmark_tag t where t.bookmark_id = b.id) as tags
                  from bookmark b left join article a on a.id = b.article_id
                 where b.account_id = ? order by b.created_at, b.id""", accountId));
        data.put("readingHistory", ExportRows.of(jdbc, """
                select coalesce('article:' || a.slug, 'study:' || h.study_id) as item, h.viewed_at
                  from reading_history h left join article a on a.id = h.article_id
                 where h.account_id = ? order by h.viewed_at desc, h.id desc""", accountId));
        data.put("readingHistoryPausedAt", ExportRows.of(jdbc,
                "select paused_at from reading_history_pause where account_id = ?", accountId)
                .stream().findFirst().map(row -> row.get("paused_at")).orElse(null));
        return data;
    }

    @Override
    public void erase(DataSubject subject) {
        jdbc.sql("delete from bookmark where account_id = ?").param(subject.accountId()).update();
        jdbc.sql("delete from reading_history where account_id = ?").param(subject.accountId()).update();
        jdbc.sql("delete from reading_history_pause where account_id = ?").param(subject.accountId()).update();
    }
}
