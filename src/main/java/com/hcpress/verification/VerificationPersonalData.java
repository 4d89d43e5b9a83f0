package com.hcpress.verification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.ExportRows;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/**
 * Every verification submission with its profile fields, the licence photo described (not its
 * bytes) and what was read from it, the fields a reviewer marked wrong with the reasons; the latest
 * submission's fields again as the profile. Erasing deletes the submissions (their readings and
 * marked fields go with them) and the photos.
 */
@Component
@Order(20)
class VerificationPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    VerificationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        List<Map<String, Object>> submissions = ExportRows.of(jdbc, """
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
                where s.user_id = ? order by s.id""", accountId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("profile", submissions.isEmpty() ? null : profile(submissions.get(submissions.size() - 1)));
        data.put("submissions", submissions);
        data.put("submission_field_rejections", ExportRows.of(jdbc, """
                select r.submission_id, r.field, r.reason_zh, r.reason_en, r.note
                from submission_field_rejection r join verification_submission s on s.id = r.submission_id
                where s.user_id = ? order by r.submission_id, r.field""", accountId));
        return data;
    }

    @Override
    public void erase(DataSubject subject) {
        jdbc.sql("delete from verification_submission where user_id = ?").param(subject.accountId()).update();
        jdbc.sql("delete from licence_photo where owner_user_id = ?").param(subject.accountId()).update();
    }

    private static Map<String, Object> profile(Map<String, Object> latest) {
        Map<String, Object> profile = new LinkedHashMap<>();
        for (String field : List.of("profession", "real_name", "institution", "department", "title", "licence_number")) {
            profile.put(field, latest.get(field));
        }
        return profile;
    }
}
