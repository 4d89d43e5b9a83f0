package com.hcpress.clinical.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabValueUnitsTest {

    @ParameterizedTest(name = "{0} mg/dL = {1} µmol/L")
    @CsvSource({"1, 17.1", "2, 34.2", "3, 51.3", "0.9, 15.39", "2.4, 41.04"})
    void bilirubinConvertsExactlyAtSeventeenPointOne(String mgPerDl, String micromolPerLitre) {
        Bilirubin entered = Bilirubin.of(mgPerDl, BilirubinUnit.MG_PER_DL);

        assertThat(entered.micromolPerLitre()).isEqualByComparingTo(micromolPerLitre);
        assertThat(entered).isEqualTo(Bilirubin.of(micromolPerLitre, BilirubinUnit.MICROMOL_PER_L));
        assertThat(entered).hasSameHashCodeAs(Bilirubin.of(micromolPerLitre, BilirubinUnit.MICROMOL_PER_L));
    }

    @Test
    void bilirubinKeepsTheEnteredValueAndUnit() {
        Bilirubin entered = Bilirubin.of("28.0", BilirubinUnit.MICROMOL_PER_L);

        assertThat(entered.value()).isEqualTo(new BigDecimal("28.0"));
        assertThat(entered.unit()).isEqualTo(BilirubinUnit.MICROMOL_PER_L);
        assertThat(entered.valueIn(BilirubinUnit.MG_PER_DL)).isCloseTo(new BigDecimal("1.637427"),
                within(new BigDecimal("0.000001")));
        // µmol/L -> mg/dL divides by 17.1, so it is rounded (16 significant digits) and not exact.
        assertThat(entered.to(BilirubinUnit.MG_PER_DL).micromolPerLitre()).isCloseTo(new BigDecimal("28"),
                within(new BigDecimal("1e-13")));
        assertThat(entered).hasToString("28.0 µmol/L");
    }

    @ParameterizedTest(name = "{0} g/dL = {1} g/L")
    @CsvSource({"3.5, 35", "2.8, 28", "4.1, 41.0", "1.0, 10"})
    void albuminConvertsByTen(String gramsPerDecilitre, String gramsPerLitre) {
        Albumin entered = Albumin.of(gramsPerDecilitre, AlbuminUnit.G_PER_DL);

        assertThat(entered.gramsPerLitre()).isEqualByComparingTo(gramsPerLitre);
        assertThat(entered).isEqualTo(Albumin.of(gramsPerLitre, AlbuminUnit.G_PER_L));
        assertThat(Albumin.of(gramsPerLitre, AlbuminUnit.G_PER_L).valueIn(AlbuminUnit.G_PER_DL))
                .isEqualByComparingTo(gramsPerDecilitre);
    }

    @Test
    void comparesAcrossUnits() {
        Bilirubin twoMg = Bilirubin.of("2", BilirubinUnit.MG_PER_DL);

        assertThat(Bilirubin.of("34.19", BilirubinUnit.MICROMOL_PER_L).isBelow(twoMg)).isTrue();
        assertThat(Bilirubin.of("34.21", BilirubinUnit.MICROMOL_PER_L).isAbove(twoMg)).isTrue();
        assertThat(Albumin.of("35.1", AlbuminUnit.G_PER_L).isAbove(Albumin.of("3.5", AlbuminUnit.G_PER_DL))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "-0.1"})
    void rejectsValuesWithoutPhysicalMeaning(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> Bilirubin.of(value, BilirubinUnit.MG_PER_DL));
        assertThatIllegalArgumentException().isThrownBy(() -> Albumin.of(value, AlbuminUnit.G_PER_L));
    }

    @Test
    void readsUnitCodesAsCaseFilesSpellThem() {
        assertThat(Coded.fromCode(BilirubinUnit.class, "umol/L")).isEqualTo(BilirubinUnit.MICROMOL_PER_L);
        assertThat(Coded.fromCode(AlbuminUnit.class, "g/L")).isEqualTo(AlbuminUnit.G_PER_L);
        assertThatIllegalArgumentException().isThrownBy(() -> Coded.fromCode(BilirubinUnit.class, "mmol/L"));
    }
}
