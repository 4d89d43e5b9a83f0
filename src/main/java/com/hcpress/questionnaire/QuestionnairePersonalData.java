package com.hcpress.questionnaire;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.ExportRows;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/** The zone questions answered. The answers go with the account row, by their foreign key. */
@Component
@Order(40)
class QuestionnairePersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    QuestionnairePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("answers", ExportRows.of(jdbc, """
                select z.slug as zone, a.question_key, a.answer, a.answered_at
                from zone_answer a join zone z on z.id = a.zone_id
                where a.user_id = ? order by z.slug, a.question_key""", accountId));
        return data;
    }

    @Override
    public void erase(DataSubject subject) {
        // zone_answer and zone_questionnaire_done cascade from app_user.
    }
}
