package com.hcpress.clinical;

import com.hcpress.clinical.domain.Flag;
import com.hcpress.clinical.score.Albi;
import com.hcpress.clinical.score.ChildPugh;
import com.hcpress.clinical.score.UpToSeven;
import com.hcpress.clinical.selection.FiredRule;
import com.hcpress.clinical.selection.GuidelineContext;
import com.hcpress.clinical.selection.TreatmentOption;
import com.hcpress.clinical.staging.BclcStage;
import com.hcpress.clinical.staging.CnlcStage;

import java.util.List;
import java.util.Objects;

/**
 * Everything the clinical core concludes about one patient.
 *
 * @param candidateOptions options in the order the rules placed them; candidates, not a prescription
 * @param rulesFired       selection rules that applied, in precedence order
 * @param flags            caveats: those of the selection rules in firing order, then trial
 *                         eligibility, then BCLC staging conventions
 */
public record ClinicalAssessment(
        ChildPugh childPugh,
        Albi albi,
        UpToSeven upToSeven,
        CnlcStage cnlcStage,
        BclcStage bclcStage,
        List<TreatmentOption> candidateOptions,
        List<FiredRule> rulesFired,
        List<Flag> flags) {

    public ClinicalAssessment {
        Objects.requireNonNull(childPugh, "childPugh");
        Objects.requireNonNull(albi, "albi");
        Objects.requireNonNull(upToSeven, "upToSeven");
        Objects.requireNonNull(cnlcStage, "cnlcStage");
        Objects.requireNonNull(bclcStage, "bclcStage");
        candidateOptions = List.copyOf(candidateOptions);
        rulesFired = List.copyOf(rulesFired);
        flags = List.copyOf(flags);
    }

    /** The BCLC 2022 standard for the stage and how the candidate options stand to it; {@code null} for ICC. */
    public GuidelineContext guidelineContext() {
        return GuidelineContext.of(bclcStage, candidateOptions);
    }
}
