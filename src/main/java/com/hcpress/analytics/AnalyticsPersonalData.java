package com.hcpress.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.content.ArticleListing;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
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
    private final ContentCatalog catalog;

    AnalyticsPersonalData(JdbcClient jdbc, ContentCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> read = new ArrayList<>(ExportRows.of(jdbc, """
                select article_id as article, day, views
                from article_reading where user_id = ? order by day, article_id""", accountId));
        Map<Long, ArticleListing> articles = catalog.articleListings(
                read.stream().map(row -> ((Number) row.get("article")).longValue()).toList());
        read.forEach(row -> row.put("article", slugOf(articles.get(((Number) row.get("article")).longValue()))));
        read.sort(Comparator.comparing((Map<String, Object> row) -> String.valueOf(row.get("day")))
                .thenComparing(row -> String.valueOf(row.get("article"))));
        data.put("articles_read", read);
        data.put("article_views", ExportRows.of(jdbc, """
                select v.article_id, v.bucket as viewed_from, v.depth as depth_percent
                from article_view v where v.user_id = ? order by v.bucket, v.article_id""", accountId));
        List<Map<String, Object>> gates = ExportRows.of(jdbc, """
                select zone_id as zone, first_at from gate_visit where user_id = ? order by first_at""", accountId);
        Map<Long, String> zones = catalog.zones().stream().collect(Collectors.toMap(ZoneView::id, ZoneView::slug));
        gates.forEach(row -> row.put("zone", zones.get(((Number) row.get("zone")).longValue())));
        data.put("gates_opened", gates);
        return data;
    }

    private static String slugOf(ArticleListing article) {
        return article == null ? null : article.slug();
    }

    @Override
    public void erase(DataSubject subject) {
        jdbc.sql("delete from article_reading where user_id = ?").param(subject.accountId()).update();
        jdbc.sql("delete from article_view where user_id = ?").param(subject.accountId()).update();
        jdbc.sql("delete from gate_visit where user_id = ?").param(subject.accountId()).update();
    }
}
