package com.hcpress.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LogAxisTest {

    @ParameterizedTest(name = "{0}..{1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            "0.41; 1.11; 0.3 0.5 0.7 1 1.5",
            "0.5; 1; 0.5 0.7 1",
            "1; 1.2; 1 1.5",
            "0.05; 1; 0.05 0.1 0.2 0.5 1",
            "0.2; 8; 0.2 0.5 1 2 5 10",
            "0.001; 1000; 0.001 0.01 0.1 1 10 100 1000",
            "1; 1; 1 1.5"})
    void endsOnTicksFromTheDensestLadderThatFits(double low, double high, String ticks) {
        LogAxis axis = LogAxis.covering(low, high);

        assertThat(axis.ticks()).extracting(LogAxis::label).containsExactly(ticks.split(" "));
        assertThat(axis.ticks().size()).isLessThanOrEqualTo(LogAxis.MAX_TICKS);
        assertThat(axis.min()).isLessThanOrEqualTo(low);
        assertThat(axis.max()).isGreaterThanOrEqualTo(high);
    }

    @Test
    void placesValuesLogarithmically() {
        LogAxis axis = new LogAxis(java.util.List.of(new BigDecimal("0.5"), new BigDecimal("1"), new BigDecimal("2")));

        assertThat(axis.position(0.5, 100, 200)).isEqualTo(100);
        assertThat(axis.position(1, 100, 200)).isEqualTo(150);
        assertThat(axis.position(2, 100, 200)).isEqualTo(200);
    }

    @Test
    void coversOnlyPositiveValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> LogAxis.covering(0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> LogAxis.covering(2, 1));
    }
}
