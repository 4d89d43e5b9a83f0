package com.hcpress.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.audit.AuditLog;
import com.hcpress.follow.FollowPersonalData;
import com.hcpress.reading.ReadingPersonalData;

/**
 * Everything HCPress holds about one account, as one JSON document: the account, the profile and
 * every verification submission (licence photos described, not included, with what was read on them), every consent event with
 * the text agreed to, questionnaire answers, comments, and access tokens (never their secret).
 */
@Service
public class PersonalDataExport {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ReadingPersonalData reading;
    private final FollowPersonalData follows;

    PersonalDataExport(JdbcClient jdbc, AuditLog audit, ReadingPersonalData reading, FollowPersonalData follows) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.reading = reading;
        this.follows = follows;
    }

    @Transactional
    public Map<String, Object> export(long userId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", Instant.now().toString());
        data.put("account", rows("""
                select id, email, mobile, created_at, enabled,
                       (select string_agg(role, ',' order by role) from user_role r where r.user_id = u.id) as roles
                from app_user u where id = ?""", userId).stream().findFirst().orElseThrow());
        List<Map<String, Object>> submissions = rows("""
                select s.id, s.profession, s.real_name, s.institution, s.department, s.title, s.licence_number,
                       s.status, s.submitted_at, s.decided_at, s.rejection_reason,
                       p.content_type as licence_photo_type, p.width as licence_photo_width,
                       p.height as licence_photo_height, p.created_at as licence_photo_uploaded_at,
                       p.deleted_at as licence_photo_deleted_at,
                       r.status as photo_reading_status, r.licence_number as photo_read_licence_number,
                       r.real_name as photo_read_real_name, r.category as photo_read_category,
                       r.scope as photo_read_scope, r.read_at as photo_read_at
                from verification_submission s join licence_photo p on p.id = s.licence_photo_id
                left join licence_reading r on r.submission_id = s.id
                where s.user_id = ? order by s.id""", userId);
        data.put("profile", submissions.isEmpty() ? null : profile(submissions.get(submissions.size() - 1)));
        data.put("submissions", submissions);
        data.put("consents", rows("""
                select e.at, e.choice, d.kind, z.slug as zone, d.version, e.sha256, e.address, e.user_agent,
                       d.title_zh, d.title_en, d.text_zh, d.text_en
                from consent_event e join legal_document d on d.id = e.document_id
                left join zone z on z.id = d.zone_id
                where e.user_id = ? order by e.id""", userId));
        data.put("answers", rows("""
                select z.slug as zone, a.question_key, a.answer, a.answered_at
                from zone_answer a join zone z on z.id = a.zone_id
                where a.user_id = ? order by z.slug, a.question_key""", userId));
        data.put("comments", rows("""
                select c.id, a.slug as article, c.parent_id, c.body, c.status, c.created_at, c.edited_at, c.like_count
                from comment c join article a on a.id = c.article_id
                where c.author_id = ? order by c.id""", userId));
        data.put("likes", rows("""
                select comment_id, created_at from comment_like where user_id = ? order by created_at""", userId));
        data.put("reports", rows("""
                select comment_id, reason, note, created_at from comment_report where reporter_id = ? order by id""",
                userId));
        data.put("accessTokens", rows("""
                select name, hint, created_at, last_used_at, revoked_at
                from personal_access_token where user_id = ? order by id""", userId));
        data.put("notifications", rows("""
                select category, link, parameters, created_at, read_at
                from notification where account_id = ? order by id""", userId));
        data.put("notificationPreferences", rows("""
                select category, email, sms from notification_preference where account_id = ? order by category""",
                userId));
        data.put("messages", rows("""
                select channel, address, template, subject, body, state, attempts, created_at, sent_at
                from message_outbox where account_id = ? order by id""", userId));
        data.putAll(reading.export(userId));
        data.putAll(follows.export(userId));
        audit.record(userId, "account.exported", "user:" + userId);
        return data;
    }

    private static Map<String, Object> profile(Map<String, Object> latest) {
        Map<String, Object> profile = new LinkedHashMap<>();
        for (String field : List.of("profession", "real_name", "institution", "department", "title", "licence_number")) {
            profile.put(field, latest.get(field));
        }
        return profile;
    }

    private List<Map<String, Object>> rows(String sql, long userId) {
        return jdbc.sql(sql).param(userId).query().listOfRows().stream().map(PersonalDataExport::plain).toList();
    }

    /** Column values as JSON likes them: times as ISO-8601 text, in the order of the columns. */
    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((column, value) -> out.put(column,
                value instanceof Timestamp timestamp ? timestamp.toInstant().toString() : value));
        return out;
    }
}
