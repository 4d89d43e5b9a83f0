package com.hcpress.admin.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.hcpress.content.ZoneView;
import com.hcpress.questionnaire.QuestionnaireBuilder;
import com.hcpress.shared.web.CsvDownload;

/**
 * A zone's questionnaire answers as CSV, one row per answer, streamed. Readers appear by account
 * id only: the export carries no name, email or mobile.
 */
@Controller
class ZoneAnswersController {

    private final QuestionnaireBuilder builder;
    private final EditorZones zones;

    ZoneAnswersController(QuestionnaireBuilder builder, EditorZones zones) {
        this.builder = builder;
        this.zones = zones;
    }

    @GetMapping("/editor/zones/{slug}/answers.csv")
    void export(@PathVariable String slug, Locale locale, HttpServletResponse response) {
        ZoneView zone = zones.bySlug(slug);
        try (CsvDownload csv = CsvDownload.start(response, zone.slug() + "-answers",
                "user_id", "answered_at", "question_key", "question_version", "question", "answer", "stored_value")) {
            builder.exportAnswers(zone.id(), locale, row -> csv.row(row.userId(), Times.format(row.answeredAt()),
                    row.questionKey(), row.questionVersion(), row.question(), row.answer(), row.storedValue()));
        }
    }
}
