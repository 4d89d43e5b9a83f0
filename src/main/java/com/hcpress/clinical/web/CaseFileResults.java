package com.hcpress.clinical.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.hcpress.clinical.ClinicalAssessment;
import com.hcpress.clinical.Staging;
import com.hcpress.clinical.domain.Flag;
import com.hcpress.clinical.score.Albi;
import com.hcpress.clinical.score.ChildPugh;
import com.hcpress.clinical.score.UpToSeven;
import com.hcpress.clinical.selection.FiredRule;
import com.hcpress.clinical.selection.GuidelineContext;
import com.hcpress.clinical.selection.GuidelineStandard;
import com.hcpress.clinical.selection.TreatmentOption;

/**
 * Results in the shape of a case's {@code expected} object in {@code cases_public.json}, so a
 * case file can be replayed against the API and compared as it is. Labels and flags are the
 * English sentences the case files carry. The assessment adds {@code guideline_standard}, which
 * the case files do not have: the BCLC 2022 standard for the stage and the options that are
 * alternatives to it ({@code null} for ICC, which BCLC does not stage).
 */
final class CaseFileResults {

    /** Raw ALBI scores are given to five decimals, as in the case files. */
    private static final int RAW_SCORE_DECIMALS = 5;

    private CaseFileResults() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Assessment(ChildPughResult childPugh, AlbiResult albi, UpToSevenResult upToSeven, String cnlcStage,
                      String bclcStage, List<OptionResult> candidateOptions, List<String> rulesFired,
                      List<String> flags, GuidelineStandardResult guidelineStandard) {

        static Assessment of(ClinicalAssessment assessment) {
            return new Assessment(
                    ChildPughResult.of(assessment.childPugh()),
                    AlbiResult.of(assessment.albi()),
                    UpToSevenResult.of(assessment.upToSeven()),
                    assessment.cnlcStage().label(),
                    assessment.bclcStage().label(),
                    assessment.candidateOptions().stream().map(OptionResult::of).toList(),
                    assessment.rulesFired().stream().map(FiredRule::id).toList(),
                    english(assessment.flags()),
                    GuidelineStandardResult.of(assessment.guidelineContext()));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record GuidelineStandardResult(String bclcStage, String code, Map<String, String> standard, String source,
                                   String sourceDoi, boolean optionsAreAlternatives, List<String> alternativeOptions,
                                   Map<String, String> statement) {

        static GuidelineStandardResult of(GuidelineContext context) {
            if (context == null) {
                return null;
            }
            return new GuidelineStandardResult(context.stage().label(), context.standard().name(),
                    bilingual(context.standard().en(), context.standard().zh()), GuidelineStandard.SOURCE,
                    GuidelineStandard.SOURCE_DOI, context.allAlternatives(),
                    context.alternatives().stream().map(TreatmentOption::code).toList(),
                    bilingual(context.verdictEn(), context.verdictZh()));
        }

        private static Map<String, String> bilingual(String en, String zh) {
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("en", en);
            texts.put("zh", zh);
            return texts;
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record StagingResult(ChildPughResult childPugh, String cnlcStage, String bclcStage, List<String> flags) {

        static StagingResult of(Staging staging) {
            return new StagingResult(ChildPughResult.of(staging.childPugh()), staging.cnlcStage().label(),
                    staging.bclc().stage().label(), english(staging.bclc().flags()));
        }
    }

    record ChildPughResult(int score, @JsonProperty("class") String childPughClass, Points points) {

        static ChildPughResult of(ChildPugh childPugh) {
            return new ChildPughResult(childPugh.score(), childPugh.childPughClass().name(), new Points(
                    childPugh.bilirubin(), childPugh.albumin(), childPugh.inr(), childPugh.ascites(),
                    childPugh.encephalopathy()));
        }
    }

    record Points(int bilirubin, int albumin, int inr, int ascites, int encephalopathy) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AlbiResult(double score, String scoreDisplay, double scoreRaw, int grade,
                      @JsonProperty("score_with_coef_-0.0852") double scoreWithAlternativeCoefficient) {

        static AlbiResult of(Albi albi) {
            return new AlbiResult(albi.rounded().doubleValue(), albi.display(),
                    Albi.round(albi.raw(), RAW_SCORE_DECIMALS).doubleValue(), albi.grade().number(),
                    Albi.round(albi.rawWithAlbumin0852(), RAW_SCORE_DECIMALS).doubleValue());
        }
    }

    record UpToSevenResult(double sum, String status, boolean applicable) {

        static UpToSevenResult of(UpToSeven upToSeven) {
            return new UpToSevenResult(upToSeven.sum().doubleValue(), upToSeven.status().code(),
                    upToSeven.applicable());
        }
    }

    record OptionResult(String code, String label, List<String> evidence) {

        static OptionResult of(TreatmentOption option) {
            return new OptionResult(option.code(), option.labelEn(), option.evidence());
        }
    }

    private static List<String> english(List<Flag> flags) {
        return flags.stream().map(Flag::en).toList();
    }
}
