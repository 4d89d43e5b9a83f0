package com.hcpress.clinical.web;

import java.util.List;
import java.util.Map;

import com.hcpress.clinical.ClinicalAssessment;
import com.hcpress.clinical.Staging;
import com.hcpress.clinical.domain.Flag;
import com.hcpress.clinical.score.Albi;
import com.hcpress.clinical.score.ChildPugh;
import com.hcpress.clinical.score.UpToSeven;
import com.hcpress.clinical.selection.FiredRule;
import com.hcpress.clinical.selection.GuidelineContext;
import com.hcpress.clinical.selection.TreatmentOption;
import com.hcpress.clinical.staging.BclcStage;
import com.hcpress.clinical.staging.CnlcStage;

/**
 * What a tool found, for its result panel: each part is {@code null} or empty when the tool does
 * not calculate it. {@code guideline} is the selector's: the BCLC standard the options are read against.
 */
record Findings(ChildPugh childPugh, Albi albi, UpToSeven upToSeven, CnlcStage cnlcStage, BclcStage bclcStage,
                List<Flag> flags, List<TreatmentOption> options, List<FiredRule> rules, GuidelineContext guideline) {

    Findings {
        flags = List.copyOf(flags);
        options = List.copyOf(options);
        rules = List.copyOf(rules);
    }

    static Findings of(ChildPugh childPugh) {
        return new Findings(childPugh, null, null, null, null, List.of(), List.of(), List.of(), null);
    }

    static Findings of(Albi albi) {
        return new Findings(null, albi, null, null, null, List.of(), List.of(), List.of(), null);
    }

    static Findings of(UpToSeven upToSeven) {
        return new Findings(null, null, upToSeven, null, null, List.of(), List.of(), List.of(), null);
    }

    static Findings of(Staging staging) {
        return new Findings(staging.childPugh(), null, null, staging.cnlcStage(), staging.bclc().stage(),
                staging.bclc().flags(), List.of(), List.of(), null);
    }

    static Findings of(ClinicalAssessment assessment) {
        return new Findings(assessment.childPugh(), assessment.albi(), assessment.upToSeven(), assessment.cnlcStage(),
                assessment.bclcStage(), assessment.flags(), assessment.candidateOptions(), assessment.rulesFired(),
                assessment.guidelineContext());
    }

    /** Message keys of the evidence that is not a study: the guideline and the article's own opinion. */
    private static final Map<String, String> NON_TRIAL_EVIDENCE = Map.of(
            TreatmentOption.GUIDELINE, "clinical.result.guideline",
            TreatmentOption.ARTICLE_OPINION, "clinical.result.articleOpinion");
    private static final int ALBI_RAW_DECIMALS = 5;

    /** The ALBI score before rounding, to five decimals: the grade is decided on it. */
    public String albiUnrounded() {
        return Albi.round(albi.raw(), ALBI_RAW_DECIMALS).toPlainString();
    }

    /** The message naming an evidence id that is not a study, or {@code null} for a study. */
    public String nonTrialEvidenceMessage(String evidenceId) {
        return NON_TRIAL_EVIDENCE.get(evidenceId);
    }

    /** The evidence ids behind the options, each once, in the order the options cite them. */
    List<String> evidenceIds() {
        return options.stream().flatMap(option -> option.evidence().stream()).distinct().toList();
    }

    public boolean hasOptions() {
        return !options.isEmpty();
    }
}
