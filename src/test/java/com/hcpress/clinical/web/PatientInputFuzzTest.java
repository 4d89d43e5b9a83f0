package com.hcpress.clinical.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import com.hcpress.clinical.Calculation;
import com.hcpress.clinical.ClinicalAssessor;
import com.hcpress.clinical.FieldError;
import com.hcpress.clinical.PatientInputValidator;
import com.hcpress.clinical.web.PatientInputReader.Reading;

/**
 * Raw text in every field of the clinical tools (form or JSON alike) is either named as wrong by
 * field and message key, or valid input that every calculation runs on without an exception.
 * Regression inputs sit in {@code PatientInputFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class PatientInputFuzzTest {

    private static final List<String> FIELDS = List.of("histology", "nodules", "largestDiameterCm",
            "vascularInvasion", "vp", "cheng", "extrahepaticSpread", "bilirubin", "bilirubinUnit", "albumin",
            "albuminUnit", "inr", "ascites", "encephalopathy", "ecog", "recurrent", "resectable");
    /** Plausible texts, so that the fuzzer reaches valid input and the calculations behind it. */
    private static final Map<String, List<String>> TYPICAL = Map.ofEntries(
            Map.entry("histology", List.of("HCC", "ICC")),
            Map.entry("nodules", List.of("1", "3", "20")),
            Map.entry("largestDiameterCm", List.of("0.1", "5", "30")),
            Map.entry("vascularInvasion", List.of("none", "PVTT", "HVTT", "PVTT+HVTT", "IVC")),
            Map.entry("vp", List.of("Vp1", "Vp4")),
            Map.entry("cheng", List.of("I0", "I", "IV")),
            Map.entry("extrahepaticSpread", List.of("true", "false")),
            Map.entry("bilirubin", List.of("1.2", "20", "855")),
            Map.entry("bilirubinUnit", List.of("mg/dL", "umol/L")),
            Map.entry("albumin", List.of("3.5", "35", "1.0")),
            Map.entry("albuminUnit", List.of("g/dL", "g/L")),
            Map.entry("inr", List.of("1.1", "0.5", "10")),
            Map.entry("ascites", List.of("none", "slight", "moderate-severe")),
            Map.entry("encephalopathy", List.of("none", "grade1-2", "grade3-4")),
            Map.entry("ecog", List.of("0", "2", "4")),
            Map.entry("recurrent", List.of("true", "false")),
            Map.entry("resectable", List.of("yes", "no", "potentially")));
    private static final Set<String> READER_KEYS = Set.of(PatientInputReader.NOT_A_NUMBER,
            PatientInputReader.NOT_A_WHOLE_NUMBER, PatientInputReader.NOT_A_CHOICE, PatientInputValidator.REQUIRED,
            PatientInputValidator.OUT_OF_RANGE, PatientInputValidator.PORTAL_GRADE_WITHOUT_PVTT);

    private final ClinicalAssessor assessor = new ClinicalAssessor();
    private final PatientInputReader reader = new PatientInputReader(assessor);

    @FuzzTest(maxDuration = "2m")
    void rawInputIsNamedAsWrongOrCalculated(FuzzedDataProvider data) {
        Map<String, String> text = new HashMap<>();
        for (String field : FIELDS) {
            switch (data.consumeInt(0, 3)) {
                case 0 -> { } // not given
                case 1 -> text.put(field, data.pickValue(TYPICAL.get(field)));
                default -> text.put(field, data.consumeString(24));
            }
        }
        Calculation calculation = data.pickValue(Calculation.values());

        Reading reading = reader.read(text::get, calculation);
        for (FieldError error : reading.errors()) {
            assertThat(calculation.reads(error.field())).as(error.field()).isTrue();
            assertThat(error.messageKey()).isIn(READER_KEYS);
        }
        if (reading.isValid()) {
            assertThatCode(() -> calculate(calculation, reading)).doesNotThrowAnyException();
        }
    }

    private void calculate(Calculation calculation, Reading reading) {
        switch (calculation) {
            case CHILD_PUGH -> assessor.childPugh(reading.input());
            case ALBI -> assessor.albi(reading.input());
            case UP_TO_SEVEN -> assessor.upToSeven(reading.input());
            case STAGING -> assessor.staging(reading.input());
            case ASSESSMENT -> assessor.assess(reading.input());
            default -> throw new IllegalStateException("No calculation for " + calculation);
        }
    }
}
