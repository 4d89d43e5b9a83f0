package com.hcpress.questionnaire;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.shared.personaldata.ExportRows;
import com.hcpress.shared.personaldata.PersonalDataHolder;

/** The zone questions answered, and the zones whose questionnaire is done. The rows go with the account row, by their foreign key. */
@Component
@Order(40)
class QuestionnairePersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final ContentCatalog content;

    QuestionnairePersonalData(JdbcClient jdbc, ContentCatalog content) {
        this.jdbc = jdbc;
        this.content = content;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("answers", byZone(ExportRows.of(jdbc, """
                select zone_id as zone, question_key, answer, answered_at
                from zone_answer where user_id = ?""", accountId), "question_key"));
        data.put("questionnairesDone", byZone(ExportRows.of(jdbc, """
                select zone_id as zone, answered_at from zone_questionnaire_done where user_id = ?""", accountId),
                "answered_at"));
        return data;
    }

    /** The rows with the zone's slug in place of its id, ordered by slug and then {@code then}. */
    private List<Map<String, Object>> byZone(List<Map<String, Object>> rows, String then) {
        rows.forEach(row -> row.put("zone", content.zone(((Number) row.get("zone")).longValue())
                .map(ZoneView::slug).orElse(null)));
        return rows.stream()
                .sorted(Comparator.comparing((Map<String, Object> row) -> String.valueOf(row.get("zone")))
                        .thenComparing(row -> String.valueOf(row.get(then))))
                .toList();
    }

    @Override
    public void erase(DataSubject subject) {
        // zone_answer and zone_questionnaire_done cascade from app_user.
    }
}
