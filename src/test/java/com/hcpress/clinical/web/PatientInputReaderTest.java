package com.hcpress.clinical.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.hcpress.clinical.Calculation;
import com.hcpress.clinical.ClinicalAssessor;
import com.hcpress.clinical.FieldError;
import com.hcpress.clinical.domain.Ascites;
import com.hcpress.clinical.domain.BilirubinUnit;
import com.hcpress.clinical.web.PatientInputReader.Reading;

class PatientInputReaderTest {

    private final PatientInputReader reader = new PatientInputReader(new ClinicalAssessor());

    private static Map<String, String> childPugh() {
        Map<String, String> text = new HashMap<>();
        text.put("bilirubin", "34.2");
        text.put("bilirubinUnit", "umol/L");
        text.put("albumin", "3.5");
        text.put("albuminUnit", "g/dL");
        text.put("inr", "1.7");
        text.put("ascites", "none");
        text.put("encephalopathy", "none");
        return text;
    }

    @Test
    void readsTheTextOfEachFieldItsCalculationNeeds() {
        Reading reading = reader.read(childPugh()::get, Calculation.CHILD_PUGH);

        assertThat(reading.isValid()).isTrue();
        assertThat(reading.input().bilirubin()).isEqualTo(34.2);
        assertThat(reading.input().bilirubinUnit()).isEqualTo(BilirubinUnit.MICROMOL_PER_L);
        assertThat(reading.input().ascites()).isEqualTo(Ascites.NONE);
    }

    @Test
    void ignoresFieldsTheCalculationDoesNotRead() {
        Map<String, String> text = childPugh();
        text.put("nodules", "many");
        text.put("ecog", "7");

        Reading reading = reader.read(text::get, Calculation.CHILD_PUGH);

        assertThat(reading.isValid()).isTrue();
        assertThat(reading.input().nodules()).isNull();
        assertThat(reading.input().ecog()).isNull();
    }

    @ParameterizedTest(name = "{0} = \"{1}\" -> {2}")
    @CsvSource({
            "inr, abc, clinical.input.number",
            "inr, '1,7', clinical.input.number",
            "inr, NaN, clinical.input.number",
            "inr, 1e400, clinical.input.range",
            "inr, 0, clinical.input.range",
            "ascites, severe, clinical.input.choice",
            "bilirubinUnit, mmol/L, clinical.input.choice",
            "albumin, ' ', clinical.input.required"})
    void namesWhatCannotBeReadAndNeverGuesses(String field, String text, String messageKey) {
        Map<String, String> input = childPugh();
        input.put(field, text);

        Reading reading = reader.read(input::get, Calculation.CHILD_PUGH);

        assertThat(reading.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(field);
            assertThat(error.messageKey()).isEqualTo(messageKey);
        });
    }

    @ParameterizedTest(name = "nodules = \"{0}\"")
    @CsvSource({"3.5", "2147483648", "three"})
    void countsAreWholeNumbers(String nodules) {
        Reading reading = reader.read(Map.of("nodules", nodules, "largestDiameterCm", "4", "histology", "HCC",
                "vascularInvasion", "none", "extrahepaticSpread", "false")::get, Calculation.UP_TO_SEVEN);

        assertThat(reading.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nodules", PatientInputReader.NOT_A_WHOLE_NUMBER));
    }

    @Test
    void aWholeNumberMayBeWrittenWithDecimals() {
        Reading reading = reader.read(Map.of("nodules", "3.0", "largestDiameterCm", "4", "histology", "HCC",
                "vascularInvasion", "none", "extrahepaticSpread", "true")::get, Calculation.UP_TO_SEVEN);

        assertThat(reading.isValid()).isTrue();
        assertThat(reading.input().nodules()).isEqualTo(3);
        assertThat(reading.input().extrahepaticSpread()).isTrue();
    }

    @Test
    void anUnreadableFieldIsNamedOnceAndEveryOtherProblemToo() {
        Map<String, String> text = childPugh();
        text.put("inr", "high");
        text.remove("encephalopathy");

        assertThat(reader.read(text::get, Calculation.CHILD_PUGH).errors()).extracting(FieldError::field)
                .containsExactly("inr", "encephalopathy");
    }
}
