package com.hcpress.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.audit.AuditLog;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/**
 * Everything HCPress holds about one account, as one JSON document: the account, the profile and
 * every verification submission (licence photos described, not included, with what was read on them), every consent event with
 * the text agreed to, questionnaire answers, comments, and access tokens (never their secret).
 * Each feature gives its own sections ({@link PersonalDataHolder}), read in one transaction.
 */
@Service
public class PersonalDataExport {

    private final List<PersonalDataHolder> holders;
    private final AuditLog audit;

    PersonalDataExport(List<PersonalDataHolder> holders, AuditLog audit) {
        this.holders = holders;
        this.audit = audit;
    }

    @Transactional
    public Map<String, Object> export(long userId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", Instant.now().toString());
        for (PersonalDataHolder holder : holders) {
            holder.export(userId).forEach((section, rows) -> {
                if (data.putIfAbsent(section, rows) != null) {
                    throw new IllegalStateException("Two features export a section named " + section);
                }
            });
        }
        audit.record(userId, "account.exported", "user:" + userId);
        return data;
    }
}
