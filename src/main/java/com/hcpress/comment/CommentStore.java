package com.hcpress.comment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.comment.CommentActionException.Reason;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ContentCatalog;
import com.hcpress.shared.web.NotFoundException;

/**
 * Changes to comments and the counts that follow them. Each method expects the caller's
 * transaction: a comment and its counts commit together or not at all.
 */
@Component
class CommentStore {

    private final JdbcClient jdbc;
    private final CommentCounters counters;
    private final CommentSettings settings;
    private final ContentCatalog content;

    CommentStore(JdbcClient jdbc, CommentCounters counters, CommentSettings settings, ContentCatalog content) {
        this.jdbc = jdbc;
        this.counters = counters;
        this.settings = settings;
        this.content = content;
    }

    /** A comment as a change sees it, locked until the transaction ends. */
    record Locked(long id, long articleId, long authorId, Long parentId, CommentStatus status, int replyCount,
                  boolean pinned, boolean withinEditWindow) {
    }

    /** The author of a comment, unless the author's account was erased. */
    Optional<Long> authorOf(long commentId) {
        return jdbc.sql("select author_id from comment where id = ? and author_id is not null").param(commentId)
                .query(Long.class).optional();
    }

    /** The slug and title of an article, for telling someone where their comment is. */
    String[] slugAndTitle(long articleId) {
        ArticleSummary article = content.articleSummaries(java.util.List.of(articleId)).get(articleId);
        return new String[] {article.slug(), article.title()};
    }

    Optional<Long> byKey(long authorId, String key) {
        return jdbc.sql("select id from comment where author_id = ? and idempotency_key = ?")
                .params(authorId, key).query(Long.class).optional();
    }

    /**
     * Inserts a comment, or answers the one the same author already made with the same key (a
     * concurrent first submit is waited for by the unique index).
     */
    long insert(long articleId, long authorId, Long parentId, String body, String key) {
        return insert(articleId, authorId, parentId, body, null, key, null);
    }

    /** As {@link #insert(long, long, Long, String, String)}, with the author's conflict-of-interest line (or null). */
    long insert(long articleId, long authorId, Long parentId, String body, String conflictOfInterest, String key) {
        return insert(articleId, authorId, parentId, body, conflictOfInterest, key, null);
    }

    long insert(long articleId, long authorId, Long parentId, String body, String key, Instant createdAt) {
        return insert(articleId, authorId, parentId, body, null, key, createdAt);
    }

    /** As {@link #insert(long, long, Long, String, String)}, dated {@code createdAt} (now when null). */
    private long insert(long articleId, long authorId, Long parentId, String body, String conflictOfInterest,
                        String key, Instant createdAt) {
        if (parentId != null) {
            int parents = jdbc.sql("""
                            update comment set reply_count = reply_count + 1
                            where id = ? and article_id = ? and parent_id is null and status = 'VISIBLE'
                            """)
                    .params(parentId, articleId).update();
            if (parents == 0) {
                throw new CommentActionException(Reason.NOT_REPLYABLE, parentId);
            }
        }
        Optional<Long> id = jdbc.sql("""
                        insert into comment (article_id, zone_id, author_id, parent_id, body, conflict_of_interest,
                                             idempotency_key, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, coalesce(?, now()))
                        on conflict (author_id, idempotency_key) where idempotency_key is not null do nothing
                        returning id
                        """)
                .params(articleId, content.zoneOfArticle(articleId).orElse(null), authorId, parentId, body,
                        conflictOfInterest, key, createdAt == null ? null : Timestamp.from(createdAt))
                .query(Long.class).optional();
        if (id.isEmpty()) {
            // lost the race to an identical submit: undo our reply count and answer theirs
            if (parentId != null) {
                counters.adjustReplies(parentId, -1);
            }
            return byKey(authorId, key).orElseThrow();
        }
        counters.adjustArticle(articleId, 1);
        return id.get();
    }

    Locked lock(long commentId) {
        return jdbc.sql("""
                        select id, article_id, author_id, parent_id, status, reply_count, pinned,
                               created_at > now() - ? * interval '1 second' as within_edit_window
                        from comment where id = ? for update
                        """)
                .params(settings.editWindow().toSeconds(), commentId)
                .query((rs, n) -> new Locked(rs.getLong("id"), rs.getLong("article_id"), rs.getLong("author_id"),
                        rs.getObject("parent_id", Long.class), CommentStatus.valueOf(rs.getString("status")),
                        rs.getInt("reply_count"), rs.getBoolean("pinned"), rs.getBoolean("within_edit_window")))
                .optional()
                .orElseThrow(() -> NotFoundException.of("Comment", commentId));
    }

    void editBody(Locked comment, String body) {
        jdbc.sql("update comment set body = ?, edited_at = now() where id = ?").params(body, comment.id()).update();
    }

    /**
     * Moves a locked comment to another status; the article's count and the parent's reply count
     * follow. Unpins it and closes its reports, since a moderator or its author has now dealt with it.
     */
    void changeStatus(Locked comment, CommentStatus next) {
        comment.status().moveTo(next, comment.id());
        jdbc.sql("update comment set status = ?, pinned = pinned and ? = 'VISIBLE', open_report_count = 0 where id = ?")
                .params(next.name(), next.name(), comment.id()).update();
        int delta = (next.isVisible() ? 1 : 0) - (comment.status().isVisible() ? 1 : 0);
        if (delta == 0) {
            return;
        }
        if (comment.parentId() == null) {
            counters.adjustArticle(comment.articleId(), (long) delta * (1 + comment.replyCount()));
        } else if (counters.adjustReplies(comment.parentId(), delta)) {
            counters.adjustArticle(comment.articleId(), delta);
        }
    }

    /** The latest hiding, deletion or restoring: why, by whom, when, for the moderators' queue. */
    void recordModeration(Locked comment, String reason, long moderatorId) {
        jdbc.sql("update comment set moderation_reason = ?, moderated_by = ?, moderated_at = now() where id = ?")
                .params(reason, moderatorId, comment.id()).update();
    }

    void clearReports(Locked comment) {
        jdbc.sql("update comment set open_report_count = 0 where id = ?").param(comment.id()).update();
    }

    /** Pins a visible top-level comment in place of the article's pinned one, if any. */
    void pin(Locked comment) {
        if (comment.parentId() != null || !comment.status().isVisible()) {
            throw new CommentActionException(Reason.ILLEGAL_MODERATION, comment.id());
        }
        counters.lockArticle(comment.articleId());
        jdbc.sql("update comment set pinned = false where article_id = ? and pinned").param(comment.articleId()).update();
        jdbc.sql("update comment set pinned = true where id = ?").param(comment.id()).update();
    }

    void unpin(Locked comment) {
        jdbc.sql("update comment set pinned = false where id = ?").param(comment.id()).update();
    }

    LikeState like(long commentId, long userId) {
        boolean added = jdbc.sql("insert into comment_like (comment_id, user_id) values (?, ?) on conflict do nothing")
                .params(commentId, userId).update() == 1;
        int likes = added
                ? jdbc.sql("update comment set like_count = like_count + 1 where id = ? returning like_count")
                        .param(commentId).query(Integer.class).single()
                : likeCount(commentId);
        return new LikeState(commentId, true, likes);
    }

    LikeState unlike(long commentId, long userId) {
        boolean removed = jdbc.sql("delete from comment_like where comment_id = ? and user_id = ?")
                .params(commentId, userId).update() == 1;
        int likes = removed
                ? jdbc.sql("update comment set like_count = like_count - 1 where id = ? returning like_count")
                        .param(commentId).query(Integer.class).single()
                : likeCount(commentId);
        return new LikeState(commentId, false, likes);
    }

    /** One report per reader and comment; answers false when this reader had already reported it. */
    boolean report(long commentId, long reporterId, ReportReason reason, String note) {
        boolean added = jdbc.sql("""
                        insert into comment_report (comment_id, reporter_id, reason, note) values (?, ?, ?, ?)
                        on conflict (comment_id, reporter_id) do nothing
                        """)
                .params(commentId, reporterId, reason.name(), note).update() == 1;
        if (added) {
            jdbc.sql("update comment set open_report_count = open_report_count + 1 where id = ?").param(commentId).update();
        }
        return added;
    }

    private int likeCount(long commentId) {
        return jdbc.sql("select like_count from comment where id = ?").param(commentId).query(Integer.class).single();
    }
}
