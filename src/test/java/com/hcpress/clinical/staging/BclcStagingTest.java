package com.hcpress.clinical.staging;

import static org.assertj.core.api.Assertions.assertThat;

import com.hcpress.clinical.PatientInputs;
import com.hcpress.clinical.domain.Flag;
import com.hcpress.clinical.domain.Histology;
import com.hcpress.clinical.domain.Patient;
import com.hcpress.clinical.domain.VascularInvasionType;
import com.hcpress.clinical.score.ChildPughClass;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/clinical-rules.md, BCLC staging with its four stated conventions. */
class BclcStagingTest {

    @ParameterizedTest(name = "{0} {1}x{2} cm, {3}, EHS {4}, PS {5}, CP {6} -> {7} {8}")
    @CsvSource(emptyValue = "", value = {
            "HCC, 1, 2.0,  NONE, false, 0, A, VERY_EARLY,     ''",
            "HCC, 1, 2.1,  NONE, false, 0, A, EARLY,          ''",
            "HCC, 1, 15,   NONE, false, 0, A, EARLY,          ''",
            "HCC, 2, 3.0,  NONE, false, 0, A, EARLY,          ''",
            "HCC, 3, 3.0,  NONE, false, 0, A, EARLY,          ''",
            "HCC, 3, 3.1,  NONE, false, 0, A, INTERMEDIATE,   ''",
            "HCC, 4, 1.0,  NONE, false, 0, A, INTERMEDIATE,   ''",
            "HCC, 2, 4.0,  NONE, false, 1, A, ADVANCED,       BCLC_C_BY_PERFORMANCE_STATUS_ONLY",
            "HCC, 1, 1.5,  NONE, false, 2, A, ADVANCED,       BCLC_C_BY_PERFORMANCE_STATUS_ONLY",
            "HCC, 1, 3.0,  PVTT, false, 0, A, ADVANCED,       ''",
            "HCC, 1, 3.0,  IVC,  false, 1, A, ADVANCED,       ''",
            "HCC, 1, 3.0,  NONE, true,  2, A, ADVANCED,       ''",
            "HCC, 1, 3.0,  NONE, false, 3, A, TERMINAL,       ''",
            "HCC, 1, 3.0,  NONE, false, 0, C, TERMINAL,       ''",
            "HCC, 1, 3.0,  NONE, false, 4, B, TERMINAL,       ''",
            "HCC, 1, 1.5,  NONE, false, 0, B, VERY_EARLY,     BCLC_LIVER_FUNCTION_NOT_PRESERVED",
            "HCC, 2, 4.0,  NONE, false, 1, B, ADVANCED,       BCLC_LIVER_FUNCTION_NOT_PRESERVED BCLC_C_BY_PERFORMANCE_STATUS_ONLY",
            "ICC, 1, 3.0,  NONE, false, 1, B, NOT_APPLICABLE, ''"})
    void stagesWithConventionFlags(Histology histology, int nodules, double largestCm, VascularInvasionType vascular,
                                   boolean spread, int ecog, ChildPughClass liverFunction, BclcStage expected,
                                   String expectedFlags) {
        Patient patient = PatientInputs.intermediateHcc().histology(histology).tumour(nodules, largestCm)
                .vascularInvasion(vascular).extrahepaticSpread(spread).ecog(ecog).patient();

        BclcStaging staging = BclcStaging.of(patient, liverFunction);

        assertThat(staging.stage()).isEqualTo(expected);
        assertThat(staging.flags()).isEqualTo(flags(expectedFlags));
    }

    private static List<Flag> flags(String names) {
        return names.isBlank() ? List.of() : Arrays.stream(names.split(" ")).map(Flag::valueOf).toList();
    }
}
