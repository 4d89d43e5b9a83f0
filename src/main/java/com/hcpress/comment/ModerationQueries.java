package com.hcpress.comment;

import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.account.AccountDirectory;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;

/** The moderators' queue across all articles, newest first, by keyset on the comment id. */
@Component
class ModerationQueries {

    private final JdbcClient jdbc;
    private final AuthorLabel labels;
    private final AccountDirectory accounts;
    private final ContentCatalog content;

    ModerationQueries(JdbcClient jdbc, AuthorLabel labels, AccountDirectory accounts, ContentCatalog content) {
        this.jdbc = jdbc;
        this.labels = labels;
        this.accounts = accounts;
        this.content = content;
    }

    List<ModerationItem> queue(ModerationFilter filter, ModerationScope scope, long beforeId, int limit) {
        String reported = filter == ModerationFilter.REPORTED ? " and c.open_report_count > 0" : "";
        String article = scope.articleSlug() == null ? "" : " and c.article_id = :article";
        String zone = scope.zoneSlug() == null ? "" : " and c.zone_id = :zone";
        Optional<Long> articleId = scope.articleSlug() == null ? Optional.empty() : content.articleId(scope.articleSlug());
        Optional<Long> zoneId = scope.zoneSlug() == null ? Optional.empty() : content.zone(scope.zoneSlug()).map(ZoneView::id);
        if ((scope.articleSlug() != null && articleId.isEmpty()) || (scope.zoneSlug() != null && zoneId.isEmpty())) {
            return List.of();
        }
        var query = jdbc.sql("""
                        select c.id, c.parent_id, c.article_id, c.body, c.status, c.pinned, c.like_count, c.open_report_count,
                               c.created_at, c.moderation_reason, c.moderated_at,
                               (select string_agg(distinct r.reason, ',') from comment_report r
                                where r.comment_id = c.id) as reasons
                        """ + AuthorLabel.COLUMNS + """
                        from comment c
                        """ + AuthorLabel.JOINS + """
                        where c.id < :before""" + reported + article + zone + """

                        order by c.id desc limit :limit
                        """)
                .param("before", beforeId).param("limit", limit);
        if (articleId.isPresent()) {
            query = query.param("article", articleId.get());
        }
        if (zoneId.isPresent()) {
            query = query.param("zone", zoneId.get());
        }
        Map<Long, Long> articleOf = new HashMap<>();
        Map<Long, AuthorLabel.Pending> authors = new HashMap<>();
        List<ModerationItem> items = query.query((rs, n) -> {
                    authors.put(rs.getLong("id"), AuthorLabel.pending(rs));
                    articleOf.put(rs.getLong("id"), rs.getLong("article_id"));
                    return new ModerationItem(rs.getLong("id"), rs.getObject("parent_id") != null,
                        null, null,
                        null,
                        CommentText.of(rs.getString("body")), CommentStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("pinned"), rs.getInt("like_count"), rs.getInt("open_report_count"),
                        reasons(rs.getString("reasons")), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("author_account", Long.class), null, null,
                        List.of(), rs.getString("moderation_reason"),
                        rs.getObject("moderated_at", OffsetDateTime.class) == null ? null
                                : rs.getObject("moderated_at", OffsetDateTime.class).toInstant());
                })
                .list();
        items = withAuthors(withArticles(items, articleOf), authors);
        return withReports(items);
    }

    /** The article's slug and title and its zone's slug, asked of content for the whole page at once. */
    private List<ModerationItem> withArticles(List<ModerationItem> items, Map<Long, Long> articleOf) {
        if (items.isEmpty()) {
            return items;
        }
        Map<Long, ArticleSummary> articles = content.articleSummaries(articleOf.values());
        Map<Long, String> zoneSlugs = content.zones().stream().collect(Collectors.toMap(ZoneView::id, ZoneView::slug));
        return items.stream().map(item -> {
            ArticleSummary article = articles.get(articleOf.get(item.id()));
            return new ModerationItem(item.id(), item.reply(), article.slug(), article.title(), item.author(), item.text(),
                    item.status(), item.pinned(), item.likeCount(), item.openReports(), item.reportReasons(),
                    item.createdAt(), item.authorId(), item.authorAccount(), zoneSlugs.get(article.zoneId()),
                    item.reports(), item.moderationReason(), item.moderatedAt());
        }).toList();
    }

    /** The label readers see and, for staff, the account's email or mobile, one lookup each for the page. */
    private List<ModerationItem> withAuthors(List<ModerationItem> items, Map<Long, AuthorLabel.Pending> authors) {
        if (items.isEmpty()) {
            return items;
        }
        AuthorLabel.Resolved resolved = labels.resolve(authors.values(), false);
        Map<Long, String> accountNames = accounts.displayNames(items.stream().map(ModerationItem::authorId)
                .filter(Objects::nonNull).toList());
        return items.stream().map(item -> new ModerationItem(item.id(), item.reply(), item.articleSlug(), item.articleTitle(),
                resolved.label(authors.get(item.id())), item.text(), item.status(), item.pinned(), item.likeCount(),
                item.openReports(), item.reportReasons(), item.createdAt(), item.authorId(),
                item.authorId() == null ? null : accountNames.get(item.authorId()), item.zoneSlug(), item.reports(),
                item.moderationReason(), item.moderatedAt()))
                .toList();
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
