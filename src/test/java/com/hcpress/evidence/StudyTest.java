package com.hcpress.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "PFS (median, BICR mRECIST) | PFS",
            "TACE-PFS (median, investigator-assessed; article calls it 'PFS') | TACE-PFS",
            "OS HR and 95% CIs (added) | OS",
            "OS rate at 24 months, interim (added) | OS",
            "Symptomatic PFS (added) | Symptomatic PFS",
            "Intrahepatic PFS (median) | Intrahepatic PFS",
            "PFS 95% CI and HR CI (added) | PFS",
            "ORR (RECIST, after PSM) | ORR",
            "Response rate [ref 10] | Response rate",
            "Grade 3-4 TRAE (added) | Grade 3-4 TRAE",
            "Conversion resection rate | Conversion resection rate"})
    void endpointsAreShortenedToTheirName(String endpoint, String shortName) {
        assertThat(EndpointNames.abbreviation(endpoint)).isEqualTo(shortName);
    }

    @Test
    void keyOutcomesAreTheArticlesFiguresSurvivalFirst() {
        Study study = ForestPlotTest.study("E_S", "S", outcome("CR", Outcome.ARTICLE), outcome("ORR", Outcome.ARTICLE),
                outcome("PFS (added)", "https://example.org"), outcome("Safety", Outcome.ARTICLE),
                outcome("OS (median)", Outcome.ARTICLE));

        assertThat(study.keyOutcomes()).extracting(Outcome::endpoint).containsExactly("OS (median)", "ORR", "CR");
    }

    @Test
    void aStudyIsLabelledByItsAcronymOrItsFirstAuthorAndYear() {
        assertThat(ForestPlotTest.study("E_A", "LEAP-012").label()).isEqualTo("LEAP-012");
        Study fan = new Study("E_FAN", "Fan 2024 SOR-TACE (recurrent HCC)",
                new Publication("Fan W", "JAMA Oncol", 2024, null, null, null, null, null, null),
                new Design("3", true, true, false, null, null), "HCC", List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(fan.label()).isEqualTo("Fan 2024");
        Study anonymous = new Study("E_X", "A cohort without a named author", Publication.unknown(),
                new Design(null, false, null, true, 29, null), "HCC", List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(anonymous.label()).isEqualTo("A cohort withou…").hasSize(16);
        assertThat(anonymous.design().traits()).containsExactly("single-arm");
    }

    private static Outcome outcome(String endpoint, String source) {
        return new Outcome(endpoint, List.of(ArmValue.of("arm", BigDecimal.ONE)), "%", null, null, null, source, null);
    }
}
