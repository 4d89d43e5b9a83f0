package com.hcpress.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.hcpress.clinical.domain.Histology;
import com.hcpress.clinical.domain.Resectability;
import com.hcpress.clinical.domain.VascularInvasionType;
import com.hcpress.clinical.score.AlbiGrade;
import com.hcpress.clinical.score.ChildPughClass;
import com.hcpress.clinical.staging.BclcStage;
import com.hcpress.clinical.staging.CnlcStage;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Each calculator reads, and so validates, only its own inputs. */
class CalculationTest {

    private final ClinicalAssessor assessor = new ClinicalAssessor();

    /** Only liver-function inputs: no histology, tumour, ECOG, recurrence or resectability. */
    private static PatientInput liverFunctionOnly() {
        PatientInput full = PatientInputs.intermediateHcc().childPughB7().build();
        return new PatientInput(null, null, null, null, null, null, null, full.bilirubin(), full.bilirubinUnit(),
                full.albumin(), full.albuminUnit(), full.inr(), full.ascites(), full.encephalopathy(), null, null, null);
    }

    @Test
    void theFullAssessmentReadsEveryInput() {
        assertThat(Calculation.ASSESSMENT.inputs()).isEqualTo(Arrays.stream(PatientInput.class.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet()));
        for (Calculation calculation : Calculation.values()) {
            assertThat(Calculation.ASSESSMENT.inputs()).containsAll(calculation.inputs());
        }
    }

    @Test
    void childPughAndAlbiNeedOnlyLiverFunction() {
        PatientInput input = liverFunctionOnly();

        assertThat(assessor.childPugh(input).childPughClass()).isEqualTo(ChildPughClass.B);
        assertThat(assessor.childPugh(input).score()).isEqualTo(7);
        assertThat(assessor.albi(input).grade()).isEqualTo(AlbiGrade.GRADE_2);
        assertThat(assessor.errors(input, Calculation.ASSESSMENT)).extracting(FieldError::field)
                .contains("histology", "nodules", "ecog", "resectable");
    }

    @Test
    void aCalculatorNamesOnlyItsOwnMissingInputs() {
        PatientInput input = PatientInputs.intermediateHcc().inr(null).ecog(null).resectable(null).build();

        assertThat(assessor.errors(input, Calculation.CHILD_PUGH)).extracting(FieldError::field).containsExactly("inr");
        assertThat(assessor.errors(input, Calculation.ALBI)).isEmpty();
        assertThat(assessor.errors(input, Calculation.STAGING)).extracting(FieldError::field).containsExactly("inr", "ecog");
        assertThatExceptionOfType(InvalidPatientInputException.class).isThrownBy(() -> assessor.childPugh(input));
    }

    @Test
    void stagingIgnoresRecurrenceAndResectability() {
        PatientInput input = PatientInputs.intermediateHcc().recurrent(null).resectable(null).build();

        Staging staging = assessor.staging(input);

        assertThat(staging.cnlcStage()).isEqualTo(CnlcStage.IIA);
        assertThat(staging.bclc().stage()).isEqualTo(BclcStage.INTERMEDIATE);
        assertThat(staging.childPugh().score()).isEqualTo(5);
        ClinicalAssessment full = assessor.assess(PatientInputs.intermediateHcc().resectable(Resectability.YES).build());
        assertThat(full.cnlcStage()).isEqualTo(staging.cnlcStage());
        assertThat(full.bclcStage()).isEqualTo(staging.bclc().stage());
    }

    @Test
    void upToSevenAppliesOnlyToHccConfinedToTheLiver() {
        assertThat(assessor.upToSeven(PatientInputs.intermediateHcc().build()).applicable()).isTrue();
        assertThat(assessor.upToSeven(PatientInputs.intermediateHcc().histology(Histology.ICC).build()).applicable()).isFalse();
        assertThat(assessor.upToSeven(PatientInputs.intermediateHcc().vascularInvasion(VascularInvasionType.HVTT).build())
                .applicable()).isFalse();
        assertThat(assessor.upToSeven(PatientInputs.intermediateHcc().extrahepaticSpread(true).build()).applicable()).isFalse();
        assertThat(assessor.upToSeven(PatientInputs.intermediateHcc().tumour(3, 4.0).build()).isWithin()).isTrue();
    }
}
