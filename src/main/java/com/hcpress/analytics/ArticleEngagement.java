package com.hcpress.analytics;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers did with an article beyond opening it: how far they read ({@code article_view})
 * and what they took away ({@code article_export}). Aggregates of analytics' own tables only.
 */
@Service
@Transactional(readOnly = true)
public class ArticleEngagement {

    private final JdbcClient jdbc;

    ArticleEngagement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Views of the article in the period whose depth was sent, and how many reached each mark. */
    public ReadingDepth depth(long articleId, Period period) {
        return jdbc.sql("""
                        select count(*) as measured,
                               count(*) filter (where depth >= 25) as d25, count(*) filter (where depth >= 50) as d50,
                               count(*) filter (where depth >= 75) as d75, count(*) filter (where depth >= 100) as d100
                          from article_view
                         where article_id = :id and depth is not null and bucket >= :since
                        """)
                .param("id", articleId).param("since", since(period))
                .query((rs, row) -> ReadingDepth.of(rs.getLong("measured"),
                        List.of(rs.getLong("d25"), rs.getLong("d50"), rs.getLong("d75"), rs.getLong("d100"))))
                .single();
    }

    /** Readers' downloads of the article's references (RIS, BibTeX) and prints in the period. */
    public ExportCounts exports(long articleId, Period period) {
        Map<String, Long> byKind = new HashMap<>();
        jdbc.sql("select kind, sum(exports) as exports from article_export "
                        + "where article_id = :id and day between :from and :to group by kind")
                .param("id", articleId).param("from", period.firstDay()).param("to", period.lastDay())
                .query(rs -> {
                    byKind.put(rs.getString("kind"), rs.getLong("exports"));
                });
        return new ExportCounts(byKind.getOrDefault(ExportKind.RIS.name(), 0L),
                byKind.getOrDefault(ExportKind.BIBTEX.name(), 0L), byKind.getOrDefault(ExportKind.PRINT.name(), 0L));
    }

    private static OffsetDateTime since(Period period) {
        return period.firstDay().atStartOfDay(ReadingLog.NEWSROOM_DAY).toOffsetDateTime();
    }
}
