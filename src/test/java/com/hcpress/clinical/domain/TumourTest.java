package com.hcpress.clinical.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TumourTest {

    @ParameterizedTest(name = "{0} nodule(s), largest {1} cm: early burden {2}")
    @CsvSource({
            "1, 5.0, true",
            "1, 5.1, false",
            "2, 3.0, true",
            "3, 3.0, true",
            "2, 3.1, false",
            "3, 3.1, false",
            "4, 1.0, false"})
    void earlyBurdenIsSingleUpToFiveOrTwoToThreeUpToThree(int nodules, double largestCm, boolean early) {
        assertThat(Tumour.of(nodules, largestCm).isEarlyBurden()).isEqualTo(early);
    }

    @ParameterizedTest(name = "largest {0} cm: giant {1}")
    @CsvSource({"6.9, false", "6.99, false", "7.0, true", "7, true", "12, true"})
    void giantFromSevenCentimetresInclusive(double largestCm, boolean giant) {
        assertThat(Tumour.of(1, largestCm).isGiant()).isEqualTo(giant);
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({"3, 3.8, 6.8", "4, 3.0, 7.0", "1, 6.1, 7.1", "6, 2.5, 8.5"})
    void upToSevenSumIsExactInDecimal(int nodules, double largestCm, String sum) {
        assertThat(Tumour.of(nodules, largestCm).upToSevenSum()).isEqualByComparingTo(sum);
    }

    @ParameterizedTest
    @CsvSource({"0, 3.0", "1, 0", "1, -2"})
    void rejectsImpossibleTumours(int nodules, double largestCm) {
        assertThatIllegalArgumentException().isThrownBy(() -> Tumour.of(nodules, largestCm));
    }
}
