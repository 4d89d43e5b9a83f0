package com.hcpress.reading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.content.ArticleListing;
import com.hcpress.content.ContentCatalog;
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
    private final ContentCatalog catalog;

    ReadingPersonalData(JdbcClient jdbc, ContentCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> bookmarks = ExportRows.of(jdbc, """
                select b.article_id as item, b.study_id, b.created_at,
                       (select string_agg(t.tag, ',' order by t.tag) from bookmark_tag t where t.bookmark_id = b.id) as tags
                  from bookmark b
                 where b.account_id = ? order by b.created_at, b.id""", accountId);
        List<Map<String, Object>> history = ExportRows.of(jdbc, """
                select h.article_id as item, h.study_id, h.viewed_at
                  from reading_history h
                 where h.account_id = ? order by h.viewed_at desc, h.id desc""", accountId);
        Map<Long, ArticleListing> articles = catalog.articleListings(Stream.concat(bookmarks.stream(), history.stream())
                .map(row -> row.get("item")).filter(Objects::nonNull).map(id -> ((Number) id).longValue()).toList());
        data.put("bookmarks", named(bookmarks, articles));
        data.put("readingHistory", named(history, articles));
        data.put("readingHistoryPausedAt", ExportRows.of(jdbc,
                "select paused_at from reading_history_pause where account_id = ? and resumed_at is null", accountId)
                .stream().findFirst().map(row -> row.get("paused_at")).orElse(null));
        return data;
    }

    /** Each row's item as "article:slug" or "study:id", in place of its stored ids. */
    private static List<Map<String, Object>> named(List<Map<String, Object>> rows, Map<Long, ArticleListing> articles) {
        for (Map<String, Object> row : rows) {
            Object study = row.remove("study_id");
            Object article = row.get("item");
            ArticleListing listing = article == null ? null : articles.get(((Number) article).longValue());
            row.put("item", listing != null ? "article:" + listing.slug() : study != null ? "study:" + study : null);
        }
        return rows;
    }

    @Override
    public void erase(DataSubject subject) {
        jdbc.sql("delete from bookmark where account_id = ?").param(subject.accountId()).update();
        jdbc.sql("delete from reading_history where account_id = ?").param(subject.accountId()).update();
        jdbc.sql("delete from reading_history_pause where account_id = ?").param(subject.accountId()).update();
    }
}
