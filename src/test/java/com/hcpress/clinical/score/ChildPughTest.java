package com.hcpress.clinical.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.hcpress.clinical.domain.Albumin;
import com.hcpress.clinical.domain.AlbuminUnit;
import com.hcpress.clinical.domain.Ascites;
import com.hcpress.clinical.domain.Bilirubin;
import com.hcpress.clinical.domain.BilirubinUnit;
import com.hcpress.clinical.domain.Encephalopathy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/clinical-rules.md, Child-Pugh: a value exactly on a cut-off scores 2. */
class ChildPughTest {

    @ParameterizedTest(name = "bilirubin {0} {1} -> {2}")
    @CsvSource({
            "0.1,   MG_PER_DL,      1",
            "1.99,  MG_PER_DL,      1",
            "2,     MG_PER_DL,      2",
            "2.0,   MG_PER_DL,      2",
            "3.0,   MG_PER_DL,      2",
            "3.01,  MG_PER_DL,      3",
            "34.19, MICROMOL_PER_L, 1",
            "34.2,  MICROMOL_PER_L, 2",
            "51.3,  MICROMOL_PER_L, 2",
            "51.31, MICROMOL_PER_L, 3"})
    void bilirubinBands(String value, BilirubinUnit unit, int points) {
        assertThat(ChildPugh.bilirubinPoints(Bilirubin.of(value, unit))).isEqualTo(points);
    }

    @ParameterizedTest(name = "albumin {0} {1} -> {2}")
    @CsvSource({
            "3.51, G_PER_DL, 1",
            "3.5,  G_PER_DL, 2",
            "2.8,  G_PER_DL, 2",
            "2.79, G_PER_DL, 3",
            "35.1, G_PER_L,  1",
            "35,   G_PER_L,  2",
            "28,   G_PER_L,  2",
            "27.9, G_PER_L,  3"})
    void albuminBands(String value, AlbuminUnit unit, int points) {
        assertThat(ChildPugh.albuminPoints(Albumin.of(value, unit))).isEqualTo(points);
    }

    @ParameterizedTest(name = "INR {0} -> {1}")
    @CsvSource({"0.9, 1", "1.69, 1", "1.7, 2", "2.0, 2", "2.3, 2", "2.31, 3", "4.0, 3"})
    void inrBands(double inr, int points) {
        assertThat(ChildPugh.inrPoints(inr)).isEqualTo(points);
    }

    @ParameterizedTest(name = "ascites {0} -> {1}")
    @CsvSource({"NONE, 1", "SLIGHT, 2", "MODERATE_SEVERE, 3"})
    void ascitesPoints(Ascites ascites, int points) {
        assertThat(ChildPugh.ascitesPoints(ascites)).isEqualTo(points);
    }

    @ParameterizedTest(name = "encephalopathy {0} -> {1}")
    @CsvSource({"NONE, 1", "GRADE_1_2, 2", "GRADE_3_4, 3"})
    void encephalopathyPoints(Encephalopathy encephalopathy, int points) {
        assertThat(ChildPugh.encephalopathyPoints(encephalopathy)).isEqualTo(points);
    }

    @ParameterizedTest(name = "score {0} -> class {1}")
    @CsvSource({"5, A", "6, A", "7, B", "8, B", "9, B", "10, C", "15, C"})
    void classBoundaries(int score, ChildPughClass expected) {
        assertThat(ChildPughClass.forScore(score)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"4", "16"})
    void noClassOutsideTheScoreRange(int score) {
        assertThatIllegalArgumentException().isThrownBy(() -> ChildPughClass.forScore(score));
    }

    @Test
    void sumsThePointsOfEveryItem() {
        ChildPugh childPugh = ChildPugh.of(
                Bilirubin.of("3.5", BilirubinUnit.MG_PER_DL), Albumin.of("2.6", AlbuminUnit.G_PER_DL), 1.9,
                Ascites.MODERATE_SEVERE, Encephalopathy.GRADE_1_2);

        assertThat(childPugh).isEqualTo(new ChildPugh(3, 3, 2, 3, 2));
        assertThat(childPugh.score()).isEqualTo(13);
        assertThat(childPugh.childPughClass()).isEqualTo(ChildPughClass.C);
    }

    @Test
    void rejectsPointsOutsideOneToThree() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChildPugh(0, 1, 1, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChildPugh(1, 1, 4, 1, 1));
    }
}
