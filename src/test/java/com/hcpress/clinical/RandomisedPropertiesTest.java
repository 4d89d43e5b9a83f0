package com.hcpress.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.hcpress.clinical.domain.Albumin;
import com.hcpress.clinical.domain.AlbuminUnit;
import com.hcpress.clinical.domain.Ascites;
import com.hcpress.clinical.domain.Bilirubin;
import com.hcpress.clinical.domain.BilirubinUnit;
import com.hcpress.clinical.domain.ChengType;
import com.hcpress.clinical.domain.Encephalopathy;
import com.hcpress.clinical.domain.Histology;
import com.hcpress.clinical.domain.PortalVeinGrade;
import com.hcpress.clinical.domain.Resectability;
import com.hcpress.clinical.domain.VascularInvasionType;
import com.hcpress.clinical.score.Albi;
import com.hcpress.clinical.score.AlbiGrade;
import com.hcpress.clinical.score.ChildPugh;
import com.hcpress.clinical.score.ChildPughClass;
import com.hcpress.clinical.selection.FiredRule;
import com.hcpress.clinical.selection.TreatmentOption;
import com.hcpress.clinical.staging.BclcStage;
import com.hcpress.clinical.staging.CnlcStage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Properties over many random but plausible patients. The seed is fixed so a failure is
 * reproducible; the failing iteration and input are named in the message.
 */
class RandomisedPropertiesTest {

    private static final long SEED = 20260123L;
    private static final int RUNS = 5_000;
    private static final List<String> PRECEDENCE = List.of("R0b", "R0a", "R6", "R0c", "R4", "R0d", "R5", "R3", "R1", "R2");

    private final ClinicalAssessor assessor = new ClinicalAssessor();
    private final PatientInputValidator validator = new PatientInputValidator();

    @Test
    void scoresStayWithinTheirRanges() {
        forRandomInputs((input, assessment) -> {
            ChildPugh childPugh = assessment.childPugh();
            assertThat(childPugh.score()).isBetween(ChildPugh.MIN_SCORE, ChildPugh.MAX_SCORE)
                    .isEqualTo(childPugh.bilirubin() + childPugh.albumin() + childPugh.inr()
                            + childPugh.ascites() + childPugh.encephalopathy());
            assertThat(childPugh.childPughClass()).isEqualTo(ChildPughClass.forScore(childPugh.score()));

            Albi albi = assessment.albi();
            assertThat(albi.raw()).isFinite().isBetween(-6.0, 3.0);
            assertThat(albi.grade()).isEqualTo(AlbiGrade.forRawScore(albi.raw()));
            assertThat(albi.display()).matches("-?\\d+\\.\\d{2}");
            assertThat(albi.rounded().doubleValue()).isCloseTo(albi.raw(), within(0.005 + 1e-12));

            assertThat(assessment.upToSeven().sum())
                    .isEqualByComparingTo(BigDecimal.valueOf(input.largestDiameterCm()).add(BigDecimal.valueOf(input.nodules())));
        });
    }

    @Test
    void stagingAppliesExactlyToHcc() {
        forRandomInputs((input, assessment) -> {
            boolean hcc = input.histology() == Histology.HCC;
            assertThat(assessment.cnlcStage().isApplicable()).isEqualTo(hcc);
            assertThat(assessment.bclcStage().isApplicable()).isEqualTo(hcc);
            if (hcc && (input.ecog() >= 3 || assessment.childPugh().childPughClass() == ChildPughClass.C)) {
                assertThat(assessment.cnlcStage()).isEqualTo(CnlcStage.IV);
                assertThat(assessment.bclcStage()).isEqualTo(BclcStage.TERMINAL);
            }
        });
    }

    @Test
    void selectionAlwaysProposesSomethingWithEvidenceInPrecedenceOrder() {
        forRandomInputs((input, assessment) -> {
            assertThat(assessment.candidateOptions()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(assessment.candidateOptions()).allSatisfy(option -> assertThat(option.evidence()).isNotEmpty());
            List<String> fired = assessment.rulesFired().stream().map(FiredRule::id).toList();
            assertThat(fired).isNotEmpty().isSortedAccordingTo((a, b) -> PRECEDENCE.indexOf(a) - PRECEDENCE.indexOf(b));
            assertThat(assessment.flags()).doesNotHaveDuplicates();
            if (fired.contains("R0b")) {
                assertThat(assessment.candidateOptions()).containsExactly(TreatmentOption.BSC);
            }
        });
    }

    @Test
    void worseBilirubinNeverImprovesTheScores() {
        Random random = new Random(SEED);
        for (int run = 0; run < RUNS; run++) {
            Albumin albumin = Albumin.of(round(10 + 50 * random.nextDouble(), 1), AlbuminUnit.G_PER_L);
            Bilirubin lower = Bilirubin.of(round(0.1 + 20 * random.nextDouble(), 2), BilirubinUnit.MG_PER_DL);
            Bilirubin higher = Bilirubin.of(lower.value().doubleValue() + 0.01 + 20 * random.nextDouble(),
                    BilirubinUnit.MG_PER_DL);

            assertThat(Albi.of(higher, albumin).raw()).as("run %d", run).isGreaterThan(Albi.of(lower, albumin).raw());
            assertThat(ChildPugh.of(higher, albumin, 1.0, Ascites.NONE, Encephalopathy.NONE).score())
                    .isGreaterThanOrEqualTo(ChildPugh.of(lower, albumin, 1.0, Ascites.NONE, Encephalopathy.NONE).score());
        }
    }

    @Test
    void unitConversionsRoundTrip() {
        Random random = new Random(SEED);
        for (int run = 0; run < RUNS; run++) {
            double mgPerDl = round(0.1 + 50 * random.nextDouble(), 2);
            Bilirubin conventional = Bilirubin.of(mgPerDl, BilirubinUnit.MG_PER_DL);
            Bilirubin si = conventional.to(BilirubinUnit.MICROMOL_PER_L);
            assertThat(si).as("run %d: %s", run, conventional).isEqualTo(conventional);
            assertThat(si.to(BilirubinUnit.MG_PER_DL).value()).isEqualByComparingTo(conventional.value());

            double micromolPerLitre = round(1.71 + 850 * random.nextDouble(), 1);
            Bilirubin entered = Bilirubin.of(micromolPerLitre, BilirubinUnit.MICROMOL_PER_L);
            BigDecimal back = entered.to(BilirubinUnit.MG_PER_DL).micromolPerLitre();
            assertThat(back.subtract(entered.value()).abs()).as("run %d: %s", run, entered)
                    .isLessThan(new BigDecimal("1e-12"));

            Albumin gramsPerLitre = Albumin.of(round(10 + 50 * random.nextDouble(), 1), AlbuminUnit.G_PER_L);
            assertThat(gramsPerLitre.to(AlbuminUnit.G_PER_DL).to(AlbuminUnit.G_PER_L).value())
                    .isEqualByComparingTo(gramsPerLitre.value());
            assertThat(gramsPerLitre.to(AlbuminUnit.G_PER_DL)).isEqualTo(gramsPerLitre);
        }
    }

    private void forRandomInputs(PropertyCheck check) {
        Random random = new Random(SEED);
        for (int run = 0; run < RUNS; run++) {
            PatientInput input = randomInput(random);
            assertThat(validator.validate(input)).as("generator produced invalid input %s", input).isEmpty();
            try {
                check.holds(input, assessor.assess(input));
            } catch (AssertionError failure) {
                throw new AssertionError("run " + run + " (seed " + SEED + "): " + input, failure);
            }
        }
    }

    /** Plausible inputs across the validator's whole range, with cut-off values over-represented. */
    private static PatientInput randomInput(Random random) {
        VascularInvasionType vascular = pick(random, VascularInvasionType.values());
        boolean portal = vascular.involvesPortalVein();
        BilirubinUnit bilirubinUnit = pick(random, BilirubinUnit.values());
        AlbuminUnit albuminUnit = pick(random, AlbuminUnit.values());
        double bilirubinMg = random.nextInt(4) == 0
                ? pick(random, new Double[] {2.0, 3.0, 1.99, 3.01}) : round(0.1 + 49.9 * random.nextDouble(), 2);
        double albuminG = random.nextInt(4) == 0
                ? pick(random, new Double[] {2.8, 3.5, 2.79, 3.51}) : round(1 + 5 * random.nextDouble(), 1);
        return new PatientInput(
                pick(random, Histology.values()),
                1 + random.nextInt(20),
                random.nextInt(4) == 0 ? pick(random, new Double[] {2.0, 3.0, 5.0, 7.0}) : round(0.1 + 29.9 * random.nextDouble(), 1),
                vascular,
                portal && random.nextBoolean() ? pick(random, PortalVeinGrade.values()) : null,
                portal && random.nextBoolean() ? pick(random, ChengType.values()) : null,
                random.nextInt(4) == 0,
                bilirubinUnit == BilirubinUnit.MG_PER_DL ? bilirubinMg : Math.min(855, round(bilirubinMg * 17.1, 2)),
                bilirubinUnit,
                albuminUnit == AlbuminUnit.G_PER_DL ? albuminG : round(albuminG * 10, 1),
                albuminUnit,
                random.nextInt(4) == 0 ? pick(random, new Double[] {1.7, 2.3, 1.69, 2.31}) : round(0.5 + 9.5 * random.nextDouble(), 2),
                pick(random, Ascites.values()),
                pick(random, Encephalopathy.values()),
                random.nextInt(5),
                random.nextBoolean(),
                pick(random, Resectability.values()));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    @FunctionalInterface
    private interface PropertyCheck {
        void holds(PatientInput input, ClinicalAssessment assessment);
    }
}
