package com.hcpress.notification;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.message.MessageTemplates;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** An account's notifications: the list, newest first, the unread count, and marking read. */
@Service
@Transactional
public class NotificationInbox {

    public static final int PAGE = 20;

    private final JdbcClient jdbc;
    private final MessageTemplates templates;
    private final ObjectMapper json;

    NotificationInbox(JdbcClient jdbc, MessageTemplates templates, ObjectMapper json) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.json = json;
    }

    /** Up to {@code limit} notifications older than {@code beforeId} (keyset; null for the newest). */
    @Transactional(readOnly = true)
    public List<NotificationView> page(long accountId, Long beforeId, int limit, Locale locale) {
        return jdbc.sql("select id, category, link, parameters, created_at, read_at from notification "
                        + "where account_id = ? and id < ? order by id desc limit ?")
                .params(accountId, beforeId == null ? Long.MAX_VALUE : beforeId, limit)
                .query((row, n) -> {
                    NotificationCategory category = NotificationCategory.fromKey(row.getString("category"))
                            .orElse(NotificationCategory.REVIEW_APPROVED);
                    Map<String, Object> values = json.readValue(row.getString("parameters"), new TypeReference<>() {
                    });
                    values.put("link", row.getString("link"));
                    MessageTemplates.RenderedMessage text = templates.render(category.template(), locale, values);
                    Timestamp created = row.getTimestamp("created_at");
                    return new NotificationView(row.getLong("id"), category, text.subject(), firstParagraph(text.body()),
                            row.getString("link"), created.toInstant(), row.getTimestamp("read_at") != null);
                })
                .list();
    }

    @Transactional(readOnly = true)
    public long unread(long accountId) {
        return jdbc.sql("select count(*) from notification where account_id = ? and read_at is null")
                .param(accountId).query(Long.class).single();
    }

    /** Marks one of the account's own notifications read; false when it has no such notification. */
    public boolean markRead(long accountId, long id) {
        int changed = jdbc.sql("update notification set read_at = coalesce(read_at, now()) where id = ? and account_id = ?")
                .params(id, accountId).update();
        return changed == 1;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<String> link(long accountId, long id) {
        return jdbc.sql("select link from notification where id = ? and account_id = ? and link is not null")
                .params(id, accountId).query(String.class).optional();
    }

    public int markAllRead(long accountId) {
        return jdbc.sql("update notification set read_at = now() where account_id = ? and read_at is null")
                .param(accountId).update();
    }

    /** The in-app text is the template's first paragraph; the rest (links, unsubscribe) is for email. */
    private static String firstParagraph(String body) {
        int blank = body.indexOf("\n\n");
        return (blank < 0 ? body : body.substring(0, blank)).strip();
    }
}
