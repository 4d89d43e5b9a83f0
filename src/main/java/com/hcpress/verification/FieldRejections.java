package com.hcpress.verification;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fields a rejection marked wrong, stored beside the submission and deleted with it. */
@Repository
class FieldRejections {

    private final JdbcClient jdbc;

    FieldRejections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long submissionId, Long templateId, FieldRejection rejection) {
        jdbc.sql("""
                        insert into submission_field_rejection (submission_id, field, template_id, reason_zh, reason_en, note)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(submissionId, rejection.field().name(), templateId, rejection.reasonZh(), rejection.reasonEn(),
                        rejection.note())
                .update();
    }

    /** In the order of the form. */
    List<FieldRejection> of(long submissionId) {
        return jdbc.sql("select field, reason_zh, reason_en, note from submission_field_rejection where submission_id = ?")
                .param(submissionId)
                .query((rs, row) -> new FieldRejection(ReviewedField.valueOf(rs.getString("field")),
                        rs.getString("reason_zh"), rs.getString("reason_en"), rs.getString("note")))
                .list().stream()
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
    }

    static boolean marks(Collection<FieldRejection> rejections, ReviewedField field) {
        return rejections.stream().anyMatch(r -> r.field() == field);
    }
}
