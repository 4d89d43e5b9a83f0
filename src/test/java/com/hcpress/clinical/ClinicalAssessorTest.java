package com.hcpress.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.hcpress.clinical.domain.AlbuminUnit;
import com.hcpress.clinical.domain.BilirubinUnit;
import com.hcpress.clinical.domain.Flag;
import com.hcpress.clinical.selection.FiredRule;
import com.hcpress.clinical.selection.TreatmentOption;
import com.hcpress.clinical.staging.BclcStage;
import com.hcpress.clinical.staging.CnlcStage;

import org.junit.jupiter.api.Test;

class ClinicalAssessorTest {

    private final ClinicalAssessor assessor = new ClinicalAssessor();

    @Test
    void refusesInvalidInputWithTheFieldErrors() {
        PatientInput input = PatientInputs.intermediateHcc().inr(25.0).ecog(null).build();

        assertThatExceptionOfType(InvalidPatientInputException.class)
                .isThrownBy(() -> assessor.assess(input))
                .satisfies(e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("inr", "ecog"));
    }

    @Test
    void ruleFlagsComeBeforeEligibilityBeforeStagingFlags() {
        ClinicalAssessment assessment = assessor.assess(PatientInputs.intermediateHcc()
                .tumour(2, 6.5).recurrent(true).childPughB7().ecog(2).build());

        assertThat(assessment.rulesFired()).extracting(FiredRule::id).containsExactly("R3", "R2");
        assertThat(assessment.flags()).containsExactly(
                Flag.BEYOND_UP_TO_SEVEN_BELOW_7_CM,
                Flag.FAN2024_POPULATION,
                Flag.CHILD_PUGH_B7,
                Flag.ECOG_2,
                Flag.BCLC_LIVER_FUNCTION_NOT_PRESERVED,
                Flag.BCLC_C_BY_PERFORMANCE_STATUS_ONLY);
    }

    @Test
    void iccIsNotStagedByHccSystems() {
        ClinicalAssessment assessment = assessor.assess(PatientInputs.intermediateHcc().icc().build());

        assertThat(assessment.cnlcStage()).isEqualTo(CnlcStage.NOT_APPLICABLE);
        assertThat(assessment.bclcStage()).isEqualTo(BclcStage.NOT_APPLICABLE);
        assertThat(assessment.upToSeven().applicable()).isFalse();
        assertThat(assessment.candidateOptions()).containsExactly(TreatmentOption.HAIC_ICC);
    }

    @Test
    void firedRulesExplainThemselvesInBothLanguages() {
        ClinicalAssessment assessment = assessor.assess(PatientInputs.intermediateHcc().build());

        assertThat(assessment.rulesFired()).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo("R1");
            assertThat(rule.explanationEn()).contains("up-to-seven");
            assertThat(rule.explanationZh()).contains("up-to-seven");
        });
    }

    @Test
    void theSameAmountInEitherUnitGivesTheSameAssessment() {
        ClinicalAssessment conventional = assessor.assess(PatientInputs.intermediateHcc()
                .bilirubin(2.0, BilirubinUnit.MG_PER_DL)
                .albumin(3.5, AlbuminUnit.G_PER_DL).build());
        ClinicalAssessment si = assessor.assess(PatientInputs.intermediateHcc()
                .bilirubin(34.2, BilirubinUnit.MICROMOL_PER_L)
                .albumin(35.0, AlbuminUnit.G_PER_L).build());

        assertThat(si).isEqualTo(conventional);
        assertThat(si.childPugh().bilirubin()).isEqualTo(2);
        assertThat(si.childPugh().albumin()).isEqualTo(2);
    }
}
