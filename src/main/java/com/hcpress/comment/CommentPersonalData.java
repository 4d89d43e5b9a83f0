package com.hcpress.comment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ContentCatalog;
import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.ExportRows;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/**
 * The comments written, liked and reported, and the name chosen to appear under. Erasing keeps the comments, shown as by a deleted
 * user, and the reports without their reporter; the likes go, and the counts with them; the chosen name goes.
 */
@Component
@Order(50)
class CommentPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final ContentCatalog content;
    private final CommentChanges changes;

    CommentPersonalData(JdbcClient jdbc, ContentCatalog content, CommentChanges changes) {
        this.jdbc = jdbc;
        this.content = content;
        this.changes = changes;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> comments = ExportRows.of(jdbc, """
                select id, article_id as article, parent_id, body, conflict_of_interest, status, created_at, edited_at,
                       like_count
                from comment where author_id = ? order by id""", accountId);
        Map<Long, ArticleSummary> articles = content.articleSummaries(
                comments.stream().map(comment -> ((Number) comment.get("article")).longValue()).toList());
        comments.forEach(comment -> comment.put("article",
                articles.get(((Number) comment.get("article")).longValue()).slug()));
        data.put("comments", comments);
        data.put("likes", ExportRows.of(jdbc, """
                select comment_id, created_at from comment_like where user_id = ? order by created_at""", accountId));
        data.put("reports", ExportRows.of(jdbc, """
                select comment_id, reason, note, created_at from comment_report where reporter_id = ? order by id""",
                accountId));
        data.put("publicName", ExportRows.of(jdbc, """
                select shows, handle, updated_at from public_name where user_id = ?""", accountId));
        return data;
    }

    @Override
    public void erase(DataSubject subject) {
        long userId = subject.accountId();
        // The shared first pages of these articles still show the name and likes: drop them.
        List<Long> articles = jdbc.sql("select distinct article_id from comment where author_id = ? "
                        + "or id in (select comment_id from comment_like where user_id = ?)")
                .params(userId, userId).query(Long.class).list();
        jdbc.sql("update comment set author_id = null, idempotency_key = null where author_id = ?").param(userId).update();
        jdbc.sql("update comment set like_count = like_count - 1 "
                + "where id in (select comment_id from comment_like where user_id = ?)").param(userId).update();
        jdbc.sql("delete from comment_like where user_id = ?").param(userId).update();
        jdbc.sql("update comment_report set reporter_id = null where reporter_id = ?").param(userId).update();
        jdbc.sql("delete from public_name where user_id = ?").param(userId).update();
        articles.forEach(changes::changed);
    }
}
