package com.hcpress.clinical.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/**
 * The clinical API against every public case, replayed as the case file writes it, and against
 * input no clinician should get an answer for. Requests carry a CSRF token because the security
 * configuration, not this feature, decides how API clients authenticate.
 */
@HcpressIntegrationTest
class ClinicalApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASSESSMENT = "/api/v1/clinical/assessment";

    @Autowired
    MockMvc mvc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;

    /** The tools and studies are behind the zone's gate: a reader who passed it asks. */
    @BeforeEach
    void asPassedReader() {
        mvc = TestUsers.mockMvcAsDemo(context, users, "reader");
    }

    static Stream<Arguments> publicCases() throws IOException {
        try (InputStream in = ClinicalApiTest.class.getResourceAsStream("/clinical/cases_public.json")) {
            return JSON.readTree(in).get("cases").values().stream().map(c ->
                    Arguments.of(Named.of(c.get("id").asString() + " " + c.get("note").asString(), c)));
        }
    }

    @ParameterizedTest
    @MethodSource("publicCases")
    void theAssessmentAnswersEveryPublicCaseAsExpected(JsonNode publicCase) throws Exception {
        JsonNode expected = publicCase.get("expected");
        JsonNode actual = answer(ASSESSMENT, publicCase.get("inputs"));

        TreeSet<String> sections = new TreeSet<>(expected.propertyNames());
        sections.add("guideline_standard");
        assertEquals(sections, new TreeSet<>(actual.propertyNames()), "sections: the case file's and the guideline standard");
        assertAll(expected.propertyNames().stream().map(section -> () ->
                assertEquals(expected.get(section), actual.get(section),
                        () -> section + "\nexpected: " + expected.get(section).toPrettyString()
                                + "\nactual:   " + actual.get(section).toPrettyString())));
    }

    @ParameterizedTest
    @MethodSource("publicCases")
    void eachCalculatorAgreesWithTheAssessment(JsonNode publicCase) throws Exception {
        JsonNode inputs = publicCase.get("inputs");
        JsonNode expected = publicCase.get("expected");

        JsonNode staging = answer("/api/v1/clinical/staging", inputs);
        assertAll(
                () -> assertEquals(expected.get("child_pugh"), answer("/api/v1/clinical/child-pugh", inputs)),
                () -> assertEquals(expected.get("albi"), answer("/api/v1/clinical/albi", inputs)),
                () -> assertEquals(expected.get("up_to_seven"), answer("/api/v1/clinical/up-to-seven", inputs)),
                () -> assertEquals(expected.get("child_pugh"), staging.get("child_pugh")),
                () -> assertEquals(expected.get("cnlc_stage"), staging.get("cnlc_stage")),
                () -> assertEquals(expected.get("bclc_stage"), staging.get("bclc_stage")),
                () -> assertThat(expected.get("flags").values()).containsAll(staging.get("flags").values()));
    }

    @Test
    void atBclcCTheStandardIsSystemicTherapyAndTheArticlesOptionsAreAlternatives() throws Exception {
        JsonNode p05 = publicCase("P05");
        JsonNode answer = answer(ASSESSMENT, p05.get("inputs"));

        assertEquals(p05.get("expected").get("candidate_options"), answer.get("candidate_options"));
        JsonNode standard = answer.get("guideline_standard");
        assertThat(standard.get("bclc_stage").asString()).isEqualTo("C");
        assertThat(standard.get("code").asString()).isEqualTo("ADVANCED");
        assertThat(standard.get("standard").get("en").asString()).startsWith("Systemic therapy");
        assertThat(standard.get("standard").get("zh").asString()).startsWith("系统治疗");
        assertThat(standard.get("source").asString()).contains("BCLC 2022", "Reig M", "J Hepatol 2022;76(3):681-693");
        assertThat(standard.get("options_are_alternatives").asBoolean()).isTrue();
        assertThat(standard.get("alternative_options").values()).extracting(JsonNode::asString).containsExactly("HAIC_SYS");
        assertThat(standard.get("statement").get("en").asString()).contains("alternatives to this standard");
    }

    @Test
    void atBclcBTacePlusSystemicBuildsOnTheStandardAndHaicIsAnAlternative() throws Exception {
        JsonNode standard = answer(ASSESSMENT, publicCase("P09").get("inputs")).get("guideline_standard");

        assertThat(standard.get("standard").get("en").asString()).contains("TACE", "transplantation", "systemic therapy");
        assertThat(standard.get("options_are_alternatives").asBoolean()).isFalse();
        assertThat(standard.get("alternative_options").values()).extracting(JsonNode::asString)
                .containsExactly("HAIC", "HAIC_SYS");
    }

    @Test
    void bclcDoesNotStageIccSoThereIsNoStandard() throws Exception {
        JsonNode icc = publicCases().map(arguments -> (JsonNode) ((Named<?>) arguments.get()[0]).getPayload())
                .filter(c -> c.get("inputs").get("histology").asString().equals("ICC")).findFirst().orElseThrow();
        assertThat(answer(ASSESSMENT, icc.get("inputs")).get("guideline_standard").isNull()).isTrue();
    }

    private static JsonNode publicCase(String id) throws IOException {
        return publicCases().map(arguments -> (JsonNode) ((Named<?>) arguments.get()[0]).getPayload())
                .filter(c -> c.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aCalculatorNeedsOnlyTheInputsItReads() throws Exception {
        String childPughOnly = """
                {"bilirubin_umol_l": 34.2, "bilirubin_input_unit": "umol/L", "albumin_g_l": 35,
                 "albumin_input_unit": "g/L", "inr": 1.7, "ascites": "none", "encephalopathy": "none"}""";
        mvc.perform(post("/api/v1/clinical/child-pugh").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(childPughOnly))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(8))
                .andExpect(jsonPath("$.class").value("B"))
                .andExpect(jsonPath("$.points.bilirubin").value(2));
    }

    @Test
    void implausibleValuesAreNamedField() throws Exception {
        assertRejected(inputs -> inputs.put("inr", 0), "inr", "clinical.input.range");
        assertRejected(inputs -> inputs.put("inr", 25), "inr", "clinical.input.range");
        assertRejected(inputs -> inputs.put("largest_diameter_cm", -2.5), "largest_diameter_cm", "clinical.input.range");
        assertRejected(inputs -> inputs.put("n_nodules", 40), "n_nodules", "clinical.input.range");
        assertRejected(inputs -> inputs.put("ecog", 5), "ecog", "clinical.input.range");
    }

    @Test
    void valuesOfTheWrongKindAreNamedNotCoerced() throws Exception {
        assertRejected(inputs -> inputs.put("inr", "1,2"), "inr", "clinical.input.number");
        assertRejected(inputs -> inputs.put("n_nodules", 3.5), "n_nodules", "clinical.input.whole-number");
        assertRejected(inputs -> inputs.put("ascites", "severe"), "ascites", "clinical.input.choice");
        assertRejected(inputs -> inputs.put("extrahepatic_spread", "yes"), "extrahepatic_spread", "clinical.input.choice");
        assertRejected(inputs -> inputs.put("resectable", "maybe"), "resectable", "clinical.input.choice");
        assertRejected(inputs -> inputs.putObject("inr"), "inr", "clinical.input.number");
    }

    @Test
    void aLabValueIsReadInTheUnitItWasEnteredIn() throws Exception {
        assertRejected(inputs -> inputs.remove("bilirubin_umol_l"), "bilirubin_umol_l", "clinical.input.required",
                inputs -> inputs.put("bilirubin_input_unit", "umol/L"));
        assertRejected(inputs -> inputs.put("albumin_input_unit", "mg/dL"), "albumin_input_unit", "clinical.input.choice");
        assertRejected(inputs -> inputs.remove("bilirubin_input_unit"), "bilirubin_input_unit", "clinical.input.required");
    }

    @Test
    void portalGradesNeedPortalThrombus() throws Exception {
        assertRejected(inputs -> inputs.putObject("vascular_invasion").put("type", "HVTT").put("vp", "Vp2"),
                "vascular_invasion.vp", "clinical.input.portal-grade-without-pvtt");
        assertRejected(inputs -> inputs.putObject("vascular_invasion").put("type", "PVTT").put("vp", "Vp5"),
                "vascular_invasion.vp", "clinical.input.choice");
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() throws Exception {
        ObjectNode inputs = firstCaseInputs();
        inputs.remove(List.of("histology", "ecog", "vascular_invasion", "recurrent"));

        assess(inputs)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid patient input"))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                        "histology", "ecog", "vascular_invasion.type", "recurrent")))
                .andExpect(jsonPath("$.errors[*].code").value(Matchers.everyItem(Matchers.is("clinical.input.required"))))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void malformedOrMisshapenBodiesAreProblemsNotErrors() throws Exception {
        for (String body : new String[] {"{\"histology\": \"HCC\",", "not json", "", "[1, 2]", "\"HCC\"", "null"}) {
            mvc.perform(post(ASSESSMENT).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400));
        }
    }

    private void assertRejected(Consumer<ObjectNode> change, String field, String code) throws Exception {
        assertRejected(change, field, code, inputs -> { });
    }

    private void assertRejected(Consumer<ObjectNode> change, String field, String code, Consumer<ObjectNode> first)
            throws Exception {
        ObjectNode inputs = firstCaseInputs();
        first.accept(inputs);
        change.accept(inputs);
        assess(inputs)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(field)));
    }

    private ResultActions assess(JsonNode inputs) throws Exception {
        return mvc.perform(post(ASSESSMENT).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(inputs.toString()));
    }

    private JsonNode answer(String path, JsonNode inputs) throws Exception {
        String body = mvc.perform(post(path).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(inputs.toString()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    private static ObjectNode firstCaseInputs() throws IOException {
        return (ObjectNode) publicCases().findFirst().map(arguments ->
                ((JsonNode) ((Named<?>) arguments.get()[0]).getPayload()).get("inputs").deepCopy()).orElseThrow();
    }
}
