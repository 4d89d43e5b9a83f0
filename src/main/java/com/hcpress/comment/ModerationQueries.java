package com.hcpress.comment;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ContentCatalog;

/** The moderators' queue across all articles, newest first, by keyset on the comment id. */
@Component
class ModerationQueries {

    private final JdbcClient jdbc;
    private final AuthorLabel labels;
    private final ContentCatalog content;

    ModerationQueries(JdbcClient jdbc, AuthorLabel labels, ContentCatalog content) {
        this.jdbc = jdbc;
        this.labels = labels;
        this.content = content;
    }

    List<ModerationItem> queue(ModerationFilter filter, long beforeId, int limit) {
        String reported = filter == ModerationFilter.REPORTED ? " and c.open_report_count > 0" : "";
        List<Row> rows = jdbc.sql("""
                        select c.id, c.article_id, c.parent_id, c.body, c.status, c.pinned, c.like_count,
                               c.open_report_count, c.created_at, c.author_id,
                               (select string_agg(distinct r.reason, ',') from comment_report r
                                where r.comment_id = c.id) as reasons
                        from comment c
                        where c.id < :before""" + reported + """

                        order by c.id desc limit :limit
                        """)
                .param("before", beforeId).param("limit", limit)
                .query((rs, n) -> new Row(rs.getLong("article_id"), new ModerationItem(rs.getLong("id"),
                        rs.getObject("parent_id") != null, null, null,
                        labels.of(rs.getObject("author_id", Long.class)),
                        CommentText.of(rs.getString("body")), CommentStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("pinned"), rs.getInt("like_count"), rs.getInt("open_report_count"),
                        reasons(rs.getString("reasons")), rs.getObject("created_at", OffsetDateTime.class).toInstant())))
                .list();
        Map<Long, ArticleSummary> articles = content.articleSummaries(rows.stream().map(Row::articleId).toList());
        return rows.stream().map(row -> row.withArticle(articles.get(row.articleId()))).toList();
    }

    /** A queue entry before its article's slug and title are known. */
    private record Row(long articleId, ModerationItem item) {

        ModerationItem withArticle(ArticleSummary article) {
            return new ModerationItem(item.id(), item.reply(), article.slug(), article.title(), item.author(),
                    item.text(), item.status(), item.pinned(), item.likeCount(), item.openReports(),
                    item.reportReasons(), item.createdAt());
        }
    }

    private static List<ReportReason> reasons(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split(",")).map(ReportReason::valueOf).toList();
    }
}
