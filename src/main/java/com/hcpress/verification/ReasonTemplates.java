package com.hcpress.verification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.audit.AuditLog;

/**
 * The reasons reviewers pick from when they mark a field wrong, edited by administrators. A
 * template is never deleted, only disabled: past decisions keep their own copy of its text.
 */
@Service
public class ReasonTemplates {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ReasonTemplates(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<ReasonTemplate> all() {
        return jdbc.sql("select id, text_zh, text_en, enabled from rejection_reason_template order by id")
                .query(ReasonTemplate.class).list();
    }

    public List<ReasonTemplate> enabled() {
        return jdbc.sql("select id, text_zh, text_en, enabled from rejection_reason_template where enabled order by id")
                .query(ReasonTemplate.class).list();
    }

    public Optional<ReasonTemplate> find(long id) {
        return jdbc.sql("select id, text_zh, text_en, enabled from rejection_reason_template where id = ?")
                .param(id).query(ReasonTemplate.class).optional();
    }

    /**
     * Creates ({@code id} null) or changes a template. Answers, per form field, the message key of
     * what is wrong; empty when saved. Nothing is saved when anything is wrong.
     */
    @Transactional
    public Map<String, String> save(long adminId, Long id, String textZh, String textEn, boolean enabled) {
        String zh = textZh == null ? "" : textZh.strip();
        String en = textEn == null ? "" : textEn.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (zh.isEmpty()) {
            errors.put("textZh", "reviewReasons.error.zhRequired");
        } else if (zh.length() > ReasonTemplate.MAX_ZH) {
            errors.put("textZh", "reviewReasons.error.zhTooLong");
        }
        if (en.isEmpty()) {
            errors.put("textEn", "reviewReasons.error.enRequired");
        } else if (en.length() > ReasonTemplate.MAX_EN) {
            errors.put("textEn", "reviewReasons.error.enTooLong");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        try {
            if (id == null) {
                long created = jdbc.sql("insert into rejection_reason_template (text_zh, text_en, enabled) values (?, ?, ?) returning id")
                        .params(zh, en, enabled).query(Long.class).single();
                audit.record(adminId, "verification.reasonTemplate.created", "reasonTemplate:" + created, null, zh);
                return Map.of();
            }
            Optional<ReasonTemplate> before = find(id);
            if (before.isEmpty()) {
                return Map.of("form", "reviewReasons.error.notFound");
            }
            jdbc.sql("update rejection_reason_template set text_zh = ?, text_en = ?, enabled = ?, updated_at = now() where id = ?")
                    .params(zh, en, enabled, id).update();
            audit.record(adminId, "verification.reasonTemplate.changed", "reasonTemplate:" + id,
                    before.get().textZh() + (before.get().enabled() ? "" : " (disabled)"), zh + (enabled ? "" : " (disabled)"));
            return Map.of();
        } catch (DuplicateKeyException e) {
            return Map.of("textZh", "reviewReasons.error.duplicate");
        }
    }
}
