package com.hcpress.comment;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The moderators' queue across all articles, newest first, by keyset on the comment id. */
@Component
class ModerationQueries {

    private final JdbcClient jdbc;
    private final AuthorLabel labels;

    ModerationQueries(JdbcClient jdbc, AuthorLabel labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    List<ModerationItem> queue(ModerationFilter filter, long beforeId, int limit) {
        String reported = filter == ModerationFilter.REPORTED ? " and c.open_report_count > 0" : "";
        return jdbc.sql("""
                        select c.id, c.parent_id, c.body, c.status, c.pinned, c.like_count, c.open_report_count,
                               c.created_at, a.slug, a.title,
                               (select string_agg(distinct r.reason, ',') from comment_report r
                                where r.comment_id = c.id) as reasons
                        """ + AuthorLabel.COLUMNS + """
                        from comment c join article a on a.id = c.article_id
                        """ + AuthorLabel.JOINS + """
                        where c.id < :before""" + reported + """

                        order by c.id desc limit :limit
                        """)
                .param("before", beforeId).param("validity", labels.validity()).param("limit", limit)
                .query((rs, n) -> new ModerationItem(rs.getLong("id"), rs.getObject("parent_id") != null,
                        rs.getString("slug"), rs.getString("title"),
                        labels.of(rs),
                        CommentText.of(rs.getString("body")), CommentStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("pinned"), rs.getInt("like_count"), rs.getInt("open_report_count"),
                        reasons(rs.getString("reasons")), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static List<ReportReason> reasons(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split(",")).map(ReportReason::valueOf).toList();
    }
}
