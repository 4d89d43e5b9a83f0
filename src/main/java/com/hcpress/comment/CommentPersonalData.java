package com.hcpress.comment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

    CommentPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("comments", ExportRows.of(jdbc, """
                select c.id, a.slug as article, c.parent_id, c.body, c.conflict_of_interest, c.status, c.created_at,
                       c.edited_at, c.like_count
                from comment c join article a on a.id = c.article_id
                where c.author_id = ? order by c.id""", accountId));
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
        jdbc.sql("update comment set author_id = null, idempotency_key = null where author_id = ?").param(userId).update();
        jdbc.sql("update comment set like_count = like_count - 1 "
                + "where id in (select comment_id from comment_like where user_id = ?)").param(userId).update();
        jdbc.sql("delete from comment_like where user_id = ?").param(userId).update();
        jdbc.sql("update comment_report set reporter_id = null where reporter_id = ?").param(userId).update();
        jdbc.sql("delete from public_name where user_id = ?").param(userId).update();
    }
}
