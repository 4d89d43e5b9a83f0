package com.hcpress.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.LegalDocument;
import com.hcpress.questionnaire.Question;
import com.hcpress.questionnaire.QuestionType;
import com.hcpress.questionnaire.Questionnaires;

/** The identity agreement, the demo zone's informed consent and its questionnaire. */
@Component
class DemoGateLoader {

    private final Consents consents;
    private final Questionnaires questionnaires;
    private final ObjectMapper json;

    DemoGateLoader(Consents consents, Questionnaires questionnaires, ObjectMapper json) {
        this.consents = consents;
        this.questionnaires = questionnaires;
        this.json = json;
    }

    record GateDocuments(LegalDocument agreement, LegalDocument zoneConsent) {
    }

    @Transactional
    public GateDocuments load(long zoneId) {
        LegalDocument agreement = consents.publish(DocumentKind.IDENTITY_AGREEMENT, null, LocalDate.of(2026, 1, 1),
                "HCPress 身份认证协议书", "HCPress identity agreement",
                read("legal/identity-agreement.zh.md"), read("legal/identity-agreement.en.md"));
        LegalDocument consent = consents.publish(DocumentKind.ZONE_CONSENT, zoneId, LocalDate.of(2026, 1, 1),
                "肝癌介入治疗专区知情同意书", "Informed consent: Liver Cancer Interventional Therapy zone",
                read("legal/zone-consent-liver-intervention.zh.md"), read("legal/zone-consent-liver-intervention.en.md"));
        consents.publish(DocumentKind.TERMS, null, LocalDate.of(2026, 1, 1), "HCPress 用户服务协议",
                "HCPress terms of service", read("legal/terms.zh.md"), read("legal/terms.en.md"));
        consents.publish(DocumentKind.PRIVACY_POLICY, null, LocalDate.of(2026, 1, 1), "HCPress 隐私政策",
                "HCPress privacy policy", read("legal/privacy.zh.md"), read("legal/privacy.en.md"));
        int position = 0;
        for (JsonNode item : json.readTree(read("questions-liver-intervention.json"))) {
            List<Question.Option> options = new ArrayList<>();
            item.path("options").forEach(option -> options.add(new Question.Option(option.get("value").asString(),
                    option.get("label_zh").asString(), option.get("label_en").asString())));
            questionnaires.add(zoneId, new Question(item.get("key").asString(),
                    QuestionType.valueOf(item.get("type").asString()), item.get("required").asBoolean(),
                    item.get("question_zh").asString(), item.get("question_en").asString(), options), position++);
        }
        return new GateDocuments(agreement, consent);
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource("demo/" + path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Demo file missing: " + path, e);
        }
    }
}
