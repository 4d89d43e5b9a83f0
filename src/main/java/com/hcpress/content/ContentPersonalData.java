package com.hcpress.content;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/**
 * Articles are not personal data and are not exported; erasing drops a former editor's name from
 * the revisions they saved and the workflow steps they took (the ids are cleared by the foreign
 * keys; a step's name becomes '', shown as a deleted user, as null names the scheduler).
 */
@Component
@Order(90)
class ContentPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    ContentPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        return Map.of();
    }

    @Override
    public void erase(DataSubject subject) {
        jdbc.sql("update article_revision set edited_by_name = null where edited_by = ?")
                .param(subject.accountId()).update();
        jdbc.sql("update article_workflow_event set actor_name = '' where actor_id = ?")
                .param(subject.accountId()).update();
    }
}
