package com.hcpress.comment;

import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    List<ModerationItem> queue(ModerationFilter filter, ModerationScope scope, long beforeId, int limit) {
        String reported = filter == ModerationFilter.REPORTED ? " and c.open_report_count > 0" : "";
        String article = scope.articleSlug() == null ? "" : " and a.slug = :article";
        String zone = scope.zoneSlug() == null ? "" : " and z.slug = :zone";
        var query = jdbc.sql("""
                        select c.id, c.parent_id, c.body, c.status, c.pinned, c.like_count, c.open_report_count,
                               c.created_at, a.slug, a.title, z.slug as zone_slug,
                               coalesce(u.email, u.mobile) as author_name, c.moderation_reason, c.moderated_at,
                               (select string_agg(distinct r.reason, ',') from comment_report r
                                where r.comment_id = c.id) as reasons
                        """ + AuthorLabel.COLUMNS + """
                        from comment c join article a on a.id = c.article_id join zone z on z.id = a.zone_id
                        """ + AuthorLabel.JOINS + """
                        where c.id < :before""" + reported + article + zone + """

                        order by c.id desc limit :limit
                        """)
                .param("before", beforeId).param("validity", labels.validity()).param("limit", limit);
        if (scope.articleSlug() != null) {
            query = query.param("article", scope.articleSlug());
        }
        if (scope.zoneSlug() != null) {
            query = query.param("zone", scope.zoneSlug());
        }
        List<ModerationItem> items = query.query((rs, n) -> new ModerationItem(rs.getLong("id"), rs.getObject("parent_id") != null,
                        rs.getString("slug"), rs.getString("title"),
                        labels.of(rs),
                        CommentText.of(rs.getString("body")), CommentStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("pinned"), rs.getInt("like_count"), rs.getInt("open_report_count"),
                        reasons(rs.getString("reasons")), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("author_account", Long.class), rs.getString("author_name"), rs.getString("zone_slug"),
                        List.of(), rs.getString("moderation_reason"),
                        rs.getObject("moderated_at", OffsetDateTime.class) == null ? null
                                : rs.getObject("moderated_at", OffsetDateTime.class).toInstant()))
                .list();
        return withReports(items);
    }

    /** Every report of the listed comments, oldest first, in one query. */
    private List<ModerationItem> withReports(List<ModerationItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<Long, List<ReportNote>> notes = new HashMap<>();
        jdbc.sql("select comment_id, reason, note from comment_report where comment_id = any(?) order by id")
                .param(items.stream().map(ModerationItem::id).toArray(Long[]::new))
                .query((ResultSet rs) -> {
                    notes.computeIfAbsent(rs.getLong("comment_id"), id -> new ArrayList<>())
                            .add(new ReportNote(ReportReason.valueOf(rs.getString("reason")), rs.getString("note")));
                });
        return items.stream().map(item -> new ModerationItem(item.id(), item.reply(), item.articleSlug(), item.articleTitle(),
                item.author(), item.text(), item.status(), item.pinned(), item.likeCount(), item.openReports(),
                item.reportReasons(), item.createdAt(), item.authorId(), item.authorAccount(), item.zoneSlug(),
                List.copyOf(notes.getOrDefault(item.id(), List.of())), item.moderationReason(), item.moderatedAt()))
                .toList();
    }

    private static List<ReportReason> reasons(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split(",")).map(ReportReason::valueOf).toList();
    }
}
