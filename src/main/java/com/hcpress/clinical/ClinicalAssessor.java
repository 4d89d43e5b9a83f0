package com.hcpress.clinical;

import com.hcpress.clinical.domain.Flag;
import com.hcpress.clinical.domain.Patient;
import com.hcpress.clinical.score.Albi;
import com.hcpress.clinical.score.ChildPugh;
import com.hcpress.clinical.score.UpToSeven;
import com.hcpress.clinical.selection.TreatmentSelection;
import com.hcpress.clinical.selection.TreatmentSelector;
import com.hcpress.clinical.staging.BclcStaging;
import com.hcpress.clinical.staging.CnlcStage;

import java.util.ArrayList;
import java.util.List;

/** The entry point: scores, stages and candidate options for one patient. Stateless. */
public final class ClinicalAssessor {

    private final PatientInputValidator validator = new PatientInputValidator();

    /**
     * @throws InvalidPatientInputException listing every field that is missing or implausible
     */
    public ClinicalAssessment assess(PatientInput input) {
        List<FieldError> errors = validator.validate(input);
        if (!errors.isEmpty()) {
            throw new InvalidPatientInputException(errors);
        }
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
}
