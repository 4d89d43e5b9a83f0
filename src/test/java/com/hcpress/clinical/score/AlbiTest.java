package com.hcpress.clinical.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.hcpress.clinical.domain.Albumin;
import com.hcpress.clinical.domain.AlbuminUnit;
import com.hcpress.clinical.domain.Bilirubin;
import com.hcpress.clinical.domain.BilirubinUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/clinical-rules.md, ALBI: graded on the unrounded score, displayed to 2 decimals. */
class AlbiTest {

    @ParameterizedTest(name = "raw {0} -> grade {1}, shown {2}")
    @CsvSource({
            "-3.5,     1, -3.50",
            "-2.60004, 1, -2.60",
            "-2.6,     1, -2.60",
            "-2.59999, 2, -2.60",
            "-1.39002, 2, -1.39",
            "-1.39,    2, -1.39",
            "-1.38999, 3, -1.39",
            "-1.0,     3, -1.00"})
    void gradesTheUnroundedScore(double raw, int grade, String display) {
        Albi albi = new Albi(raw, raw);

        assertThat(albi.grade().number()).isEqualTo(grade);
        assertThat(albi.display()).isEqualTo(display);
    }

    @Test
    void followsJohnsonFormula() {
        Albi albi = Albi.of(Bilirubin.of("15.39", BilirubinUnit.MICROMOL_PER_L), Albumin.of("41", AlbuminUnit.G_PER_L));

        assertThat(albi.raw()).isCloseTo(0.66 * Math.log10(15.39) - 0.085 * 41, within(1e-12));
        assertThat(Albi.round(albi.raw(), 5)).isEqualByComparingTo("-2.70142");
        assertThat(albi.rounded()).isEqualByComparingTo("-2.70");
    }

    @Test
    void doesNotDependOnTheEnteredUnits() {
        Albi conventional = Albi.of(Bilirubin.of("0.9", BilirubinUnit.MG_PER_DL), Albumin.of("4.1", AlbuminUnit.G_PER_DL));
        Albi si = Albi.of(Bilirubin.of("15.39", BilirubinUnit.MICROMOL_PER_L), Albumin.of("41", AlbuminUnit.G_PER_L));

        assertThat(conventional).isEqualTo(si);
    }

    @Test
    void alternativeCoefficientShiftsByTwoTenThousandthsPerGramPerLitre() {
        Albi albi = Albi.of(Bilirubin.of("1", BilirubinUnit.MG_PER_DL), Albumin.of("40", AlbuminUnit.G_PER_L));

        assertThat(albi.rawWithAlbumin0852() - albi.raw()).isCloseTo(-0.0002 * 40, within(1e-12));
    }

    @Test
    void rejectsScoresThatAreNotNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Albi(Double.NaN, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> AlbiGrade.forRawScore(Double.NaN));
    }
}
