package com.hcpress.clinical;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hcpress.clinical.domain.AlbuminUnit;
import com.hcpress.clinical.domain.Ascites;
import com.hcpress.clinical.domain.BilirubinUnit;
import com.hcpress.clinical.domain.ChengType;
import com.hcpress.clinical.domain.Coded;
import com.hcpress.clinical.domain.Encephalopathy;
import com.hcpress.clinical.domain.Flag;
import com.hcpress.clinical.domain.Histology;
import com.hcpress.clinical.domain.Patient;
import com.hcpress.clinical.domain.PortalVeinGrade;
import com.hcpress.clinical.domain.Resectability;
import com.hcpress.clinical.domain.VascularInvasionType;
import com.hcpress.clinical.score.Albi;
import com.hcpress.clinical.selection.FiredRule;
import com.hcpress.clinical.selection.TreatmentOption;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every case of cases_public.json, asserted in full: the assessment is rendered into the shape of
 * {@code expected} and compared section by section, so a key the domain cannot fill fails too.
 */
class PublicCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RAW_SCORE_DECIMALS = 5;

    private final ClinicalAssessor assessor = new ClinicalAssessor();

    static Stream<Arguments> publicCases() throws IOException {
        try (InputStream in = PublicCasesTest.class.getResourceAsStream("/clinical/cases_public.json")) {
            JsonNode cases = JSON.readTree(in).get("cases");
            return cases.values().stream().map(c ->
                    Arguments.of(Named.of(c.get("id").asString() + " " + c.get("note").asString(), c)));
        }
    }

    @ParameterizedTest
    @MethodSource("publicCases")
    void reproducesExpectedAssessment(JsonNode publicCase) {
        JsonNode expected = publicCase.get("expected");
        ObjectNode actual = render(assessor.assess(toInput(publicCase.get("inputs"))));

        assertEquals(new TreeSet<>(expected.propertyNames()), new TreeSet<>(actual.propertyNames()), "sections");
        assertAll(expected.propertyNames().stream().map(section -> () ->
                assertEquals(expected.get(section), actual.get(section),
                        () -> section + "\nexpected: " + expected.get(section).toPrettyString()
                                + "\nactual:   " + actual.get(section).toPrettyString())));
    }

    /** The lab value in the unit not entered is derived by the case file; ours must agree with it. */
    @ParameterizedTest
    @MethodSource("publicCases")
    void derivesTheOtherUnitLikeTheCaseFile(JsonNode publicCase) {
        JsonNode inputs = publicCase.get("inputs");
        Patient patient = toInput(inputs).toPatient();

        assertAll(
                () -> assertSameAtScale(inputs.get("bilirubin_mg_dl").decimalValue(),
                        patient.bilirubin().valueIn(BilirubinUnit.MG_PER_DL)),
                () -> assertSameAtScale(inputs.get("bilirubin_umol_l").decimalValue(),
                        patient.bilirubin().valueIn(BilirubinUnit.MICROMOL_PER_L)),
                () -> assertSameAtScale(inputs.get("albumin_g_dl").decimalValue(),
                        patient.albumin().valueIn(AlbuminUnit.G_PER_DL)),
                () -> assertSameAtScale(inputs.get("albumin_g_l").decimalValue(),
                        patient.albumin().valueIn(AlbuminUnit.G_PER_L)));
    }

    private static void assertSameAtScale(BigDecimal expected, BigDecimal actual) {
        assertEquals(0, expected.compareTo(actual.setScale(expected.scale(), RoundingMode.HALF_EVEN)),
                () -> "expected " + expected + " but derived " + actual);
    }

    static PatientInput toInput(JsonNode in) {
        JsonNode vascular = in.get("vascular_invasion");
        BilirubinUnit bilirubinUnit = Coded.fromCode(BilirubinUnit.class, in.get("bilirubin_input_unit").asString());
        AlbuminUnit albuminUnit = Coded.fromCode(AlbuminUnit.class, in.get("albumin_input_unit").asString());
        return new PatientInput(
                Coded.fromCode(Histology.class, in.get("histology").asString()),
                in.get("n_nodules").asInt(),
                in.get("largest_diameter_cm").asDouble(),
                Coded.fromCode(VascularInvasionType.class, vascular.get("type").asString()),
                vascular.has("vp") ? Coded.fromCode(PortalVeinGrade.class, vascular.get("vp").asString()) : null,
                vascular.has("cheng") ? Coded.fromCode(ChengType.class, vascular.get("cheng").asString()) : null,
                in.get("extrahepatic_spread").asBoolean(),
                in.get(bilirubinUnit == BilirubinUnit.MG_PER_DL ? "bilirubin_mg_dl" : "bilirubin_umol_l").asDouble(),
                bilirubinUnit,
                in.get(albuminUnit == AlbuminUnit.G_PER_DL ? "albumin_g_dl" : "albumin_g_l").asDouble(),
                albuminUnit,
                in.get("inr").asDouble(),
                Coded.fromCode(Ascites.class, in.get("ascites").asString()),
                Coded.fromCode(Encephalopathy.class, in.get("encephalopathy").asString()),
                in.get("ecog").asInt(),
                in.get("recurrent").asBoolean(),
                Coded.fromCode(Resectability.class, in.get("resectable").asString()));
    }

    /** The case files' shape; doubles throughout, because that is what the parser yields for them. */
    static ObjectNode render(ClinicalAssessment assessment) {
        ObjectNode root = JSON.createObjectNode();

        ObjectNode childPugh = root.putObject("child_pugh");
        childPugh.put("score", assessment.childPugh().score());
        childPugh.put("class", assessment.childPugh().childPughClass().name());
        ObjectNode points = childPugh.putObject("points");
        points.put("bilirubin", assessment.childPugh().bilirubin());
        points.put("albumin", assessment.childPugh().albumin());
        points.put("inr", assessment.childPugh().inr());
        points.put("ascites", assessment.childPugh().ascites());
        points.put("encephalopathy", assessment.childPugh().encephalopathy());

        Albi albi = assessment.albi();
        ObjectNode albiNode = root.putObject("albi");
        albiNode.put("score", albi.rounded().doubleValue());
        albiNode.put("score_display", albi.display());
        albiNode.put("score_raw", Albi.round(albi.raw(), RAW_SCORE_DECIMALS).doubleValue());
        albiNode.put("grade", albi.grade().number());
        albiNode.put("score_with_coef_-0.0852", Albi.round(albi.rawWithAlbumin0852(), RAW_SCORE_DECIMALS).doubleValue());

        ObjectNode upToSeven = root.putObject("up_to_seven");
        upToSeven.put("sum", assessment.upToSeven().sum().doubleValue());
        upToSeven.put("status", assessment.upToSeven().status().code());
        upToSeven.put("applicable", assessment.upToSeven().applicable());

        root.put("cnlc_stage", assessment.cnlcStage().label());
        root.put("bclc_stage", assessment.bclcStage().label());

        ArrayNode options = root.putArray("candidate_options");
        for (TreatmentOption option : assessment.candidateOptions()) {
            ObjectNode node = options.addObject();
            node.put("code", option.code());
            node.put("label", option.labelEn());
            ArrayNode evidence = node.putArray("evidence");
            option.evidence().forEach(evidence::add);
        }
        ArrayNode rules = root.putArray("rules_fired");
        assessment.rulesFired().stream().map(FiredRule::id).forEach(rules::add);
        ArrayNode flags = root.putArray("flags");
        assessment.flags().stream().map(Flag::en).forEach(flags::add);
        return root;
    }
}
