package com.hcpress.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.NewZone;
import com.hcpress.questionnaire.Question;
import com.hcpress.questionnaire.QuestionType;
import com.hcpress.questionnaire.Questionnaires;

/**
 * The demo zone plus three zones of the benchmark's own, each with its informed consent and a
 * one-question questionnaire, so that a reader passes four full gates.
 */
final class BenchZones {

    static final String DEMO_ZONE = "liver-intervention";
    static final String SPECIALTY = "specialty";

    record BenchZone(long id, String slug, boolean demo) {
    }

    private record Spec(String slug, String nameZh, String nameEn) {
    }

    private static final List<Spec> OWN = List.of(
            new Spec("bench-hepatobiliary-surgery", "肝胆外科（基准）", "Hepatobiliary surgery (benchmark)"),
            new Spec("bench-systemic-therapy", "系统治疗（基准）", "Systemic therapy (benchmark)"),
            new Spec("bench-liver-imaging", "肝脏影像（基准）", "Liver imaging (benchmark)"));

    private BenchZones() {
    }

    static List<BenchZone> create(ContentEditor editor, ContentCatalog catalog, Consents consents,
                                  Questionnaires questionnaires) {
        List<BenchZone> zones = new ArrayList<>();
        zones.add(new BenchZone(catalog.zone(DEMO_ZONE).orElseThrow(
                () -> new IllegalStateException("The demo zone is missing: start on a fresh embedded database")).id(),
                DEMO_ZONE, true));
        int position = catalog.zones().size();
        for (Spec spec : OWN) {
            long id = editor.createZone(new NewZone(spec.slug(), spec.nameZh(), spec.nameEn(),
                    "基准测试用的专区，内容由程序生成。", "A zone for the traffic benchmark; its content is generated.",
                    position++));
            consents.publish(DocumentKind.ZONE_CONSENT, id, LocalDate.of(2026, 1, 1),
                    spec.nameZh() + "知情同意书", "Informed consent: " + spec.nameEn(),
                    "进入本专区即表示您同意仅将其内容用于专业学习。", "By entering this zone you agree to use its content for professional learning only.");
            questionnaires.add(id, new Question(SPECIALTY, QuestionType.SINGLE_CHOICE, true, "您的专业是？",
                    "What is your specialty?", List.of(
                    new Question.Option("interventional-radiology", "介入放射科", "Interventional radiology"),
                    new Question.Option("medical-oncology", "肿瘤内科", "Medical oncology"))), 0);
            zones.add(new BenchZone(id, spec.slug(), false));
        }
        return zones;
    }
}
