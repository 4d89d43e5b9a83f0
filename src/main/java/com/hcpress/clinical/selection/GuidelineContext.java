package com.hcpress.clinical.selection;

import java.util.List;
import java.util.Objects;

import com.hcpress.clinical.staging.BclcStage;

/**
 * The guideline standard for the patient's BCLC stage, and which of the proposed options are
 * alternatives to it.
 *
 * @param alternatives the proposed options outside the standard, in the order proposed
 * @param allAlternatives whether every proposed option is an alternative (as at BCLC C, where
 *                        the article's options are locoregional and the standard is systemic)
 */
public record GuidelineContext(BclcStage stage, GuidelineStandard standard, List<TreatmentOption> alternatives,
                               boolean allAlternatives) {

    public GuidelineContext {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(standard, "standard");
        alternatives = List.copyOf(alternatives);
    }

    /** {@code null} when BCLC does not stage the tumour. */
    public static GuidelineContext of(BclcStage stage, List<TreatmentOption> options) {
        return GuidelineStandard.forStage(stage).map(standard -> {
            List<TreatmentOption> alternatives = options.stream().filter(option -> !standard.includes(option)).toList();
            return new GuidelineContext(stage, standard, alternatives,
                    !options.isEmpty() && alternatives.size() == options.size());
        }).orElse(null);
    }

    public boolean isAlternative(TreatmentOption option) {
        return alternatives.contains(option);
    }

    /** What the options are, against the standard, in English. */
    public String verdictEn() {
        if (allAlternatives) {
            return "The options below come from the article and are alternatives to this standard, not the standard "
                    + "itself: weigh them against it, at a multidisciplinary meeting.";
        }
        if (!alternatives.isEmpty()) {
            return "Options marked \"alternative\" depart from this standard; the others are the standard or build on it.";
        }
        return "The options below are the standard or build on it.";
    }

    public String verdictZh() {
        if (allAlternatives) {
            return "下列方案取自文章，是该标准之外的替代选择，并非指南标准治疗；应与标准治疗比较权衡，经多学科讨论（MDT）后决定。";
        }
        if (!alternatives.isEmpty()) {
            return "标注“替代方案”的选项偏离该标准；其余选项即标准治疗或在其基础上联合。";
        }
        return "下列方案即标准治疗或在其基础上联合。";
    }
}
