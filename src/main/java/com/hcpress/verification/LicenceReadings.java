package com.hcpress.verification;

import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.verification.ocr.LicenceText;

/** The licence_reading table: what was read on each submission's photo. */
@Component
class LicenceReadings {

    private final JdbcClient jdbc;

    LicenceReadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(long submissionId, LicenceReadingView.State state, LicenceText text, Duration took) {
        LicenceText read = text == null ? LicenceText.NOTHING : text;
        jdbc.sql("""
                        insert into licence_reading (submission_id, status, licence_number, real_name, category, scope, millis)
                        values (:id, :status, :number, :name, :category, :scope, :millis)
                        on conflict (submission_id) do update set status = excluded.status,
                            licence_number = excluded.licence_number, real_name = excluded.real_name,
                            category = excluded.category, scope = excluded.scope, millis = excluded.millis,
                            read_at = now()""")
                .param("id", submissionId).param("status", state.name())
                .param("number", cut(read.licenceNumber(), 30)).param("name", cut(read.name(), 50))
                .param("category", cut(read.category(), 50)).param("scope", cut(read.scope(), 50))
                .param("millis", took == null ? null : (int) Math.min(Integer.MAX_VALUE, took.toMillis()))
                .update();
    }

    Optional<LicenceReadingView> find(long submissionId) {
        return jdbc.sql("select status, licence_number, real_name, category, scope from licence_reading where submission_id = ?")
                .param(submissionId)
                .query((rs, n) -> new LicenceReadingView(LicenceReadingView.State.valueOf(rs.getString("status")),
                        rs.getString("licence_number"), rs.getString("real_name"), rs.getString("category"),
                        rs.getString("scope")))
                .optional();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
