package com.hcpress.clinical;

import com.hcpress.clinical.domain.Flag;
import com.hcpress.clinical.domain.Histology;
import com.hcpress.clinical.domain.Patient;
import com.hcpress.clinical.domain.VascularInvasionType;
import com.hcpress.clinical.score.Albi;
import com.hcpress.clinical.score.ChildPugh;
import com.hcpress.clinical.score.UpToSeven;
import com.hcpress.clinical.selection.TreatmentSelection;
import com.hcpress.clinical.selection.TreatmentSelector;
import com.hcpress.clinical.staging.BclcStaging;
import com.hcpress.clinical.staging.CnlcStage;

import java.util.ArrayList;
import java.util.List;

/**
 * The entry point: scores, stages and candidate options for one patient. Stateless. Each
 * calculation validates only the inputs it reads ({@link Calculation}), so a Child-Pugh score
 * needs no tumour size.
 */
public final class ClinicalAssessor {

    private final PatientInputValidator validator = new PatientInputValidator();

    /**
     * @throws InvalidPatientInputException listing every field that is missing or implausible
     */
    public ClinicalAssessment assess(PatientInput input) {
        requireValid(input, Calculation.ASSESSMENT);
        return assess(input.toPatient());
    }

    public ClinicalAssessment assess(Patient patient) {
        ChildPugh childPugh = ChildPugh.of(patient);
        UpToSeven upToSeven = UpToSeven.of(patient);
        BclcStaging bclc = BclcStaging.of(patient, childPugh.childPughClass());
        TreatmentSelection selection = TreatmentSelector.select(patient, childPugh, upToSeven);

        List<Flag> flags = new ArrayList<>(selection.flags());
        flags.addAll(bclc.flags());
        return new ClinicalAssessment(
                childPugh,
                Albi.of(patient.bilirubin(), patient.albumin()),
                upToSeven,
                CnlcStage.of(patient, childPugh.childPughClass()),
                bclc.stage(),
                selection.options(),
                selection.rulesFired(),
                flags);
    }

    /** @throws InvalidPatientInputException naming the Child-Pugh inputs that are missing or implausible */
    public ChildPugh childPugh(PatientInput input) {
        requireValid(input, Calculation.CHILD_PUGH);
        return ChildPugh.of(input.bilirubinAmount(), input.albuminAmount(), input.inr(), input.ascites(),
                input.encephalopathy());
    }

    /** @throws InvalidPatientInputException naming the ALBI inputs that are missing or implausible */
    public Albi albi(PatientInput input) {
        requireValid(input, Calculation.ALBI);
        return Albi.of(input.bilirubinAmount(), input.albuminAmount());
    }

    /** @throws InvalidPatientInputException naming the up-to-seven inputs that are missing or implausible */
    public UpToSeven upToSeven(PatientInput input) {
        requireValid(input, Calculation.UP_TO_SEVEN);
        return UpToSeven.of(input.tumour(), input.histology() == Histology.HCC,
                input.vascularInvasion() != VascularInvasionType.NONE, input.extrahepaticSpread());
    }

    /** @throws InvalidPatientInputException naming the staging inputs that are missing or implausible */
    public Staging staging(PatientInput input) {
        requireValid(input, Calculation.STAGING);
        Patient patient = input.toPatientForStaging();
        ChildPugh childPugh = ChildPugh.of(patient);
        return new Staging(childPugh, CnlcStage.of(patient, childPugh.childPughClass()),
                BclcStaging.of(patient, childPugh.childPughClass()));
    }

    /** What is wrong with the inputs a calculation reads; empty when it can run. */
    public List<FieldError> errors(PatientInput input, Calculation calculation) {
        return validator.validate(input).stream().filter(error -> calculation.reads(error.field())).toList();
    }

    private void requireValid(PatientInput input, Calculation calculation) {
        List<FieldError> errors = errors(input, calculation);
        if (!errors.isEmpty()) {
            throw new InvalidPatientInputException(errors);
        }
    }
}
