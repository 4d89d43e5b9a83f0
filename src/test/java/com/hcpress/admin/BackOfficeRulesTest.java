package com.hcpress.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.hcpress.shared.web.CsvDownload;
import com.hcpress.verification.ReviewDay;

/** The small rules of the back office, without a database. */
class BackOfficeRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "=SUM(A1:A2);'=SUM(A1:A2)", "+86 138;'+86 138", "-1;'-1", "@cmd;'@cmd", "护理;护理", "a=b;a=b", "'x;'x"})
    void cellsThatASpreadsheetWouldRunGetAnApostrophe(String cell, String written) {
        assertThat(CsvDownload.cell(cell)).isEqualTo(written);
    }

    @Test
    void tabsCarriageReturnsAndNullsAreSafeToo() {
        assertThat(CsvDownload.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvDownload.cell("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvDownload.cell(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0,1", "1,1", "3,5", "7,10", "11,20", "46,50", "120,200"})
    void axesEndOnARoundNumber(double value, long ceiling) {
        assertThat(ReviewChart.niceCeiling(value)).isEqualTo(ceiling);
    }

    @Test
    void theChartPlacesADayWithoutDecisionsAsABarOnly() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        ReviewChart chart = ReviewChart.of(List.of(new ReviewDay(day, 4, 2, 3.0, 8.0),
                new ReviewDay(day.plusDays(1), 2, 0, null, null)));
        assertThat(chart.bars()).hasSize(2);
        assertThat(chart.bars().get(0).height()).isGreaterThan(chart.bars().get(1).height());
        assertThat(chart.medians()).hasSize(1);
        assertThat(chart.p90s().get(0).y()).isLessThan(chart.medians().get(0).y());
        assertThat(chart.medianPath()).startsWith("M").doesNotContain("L");
    }

    @ParameterizedTest
    @CsvSource(value = {"2026-02-30,''", "2026-1-5,''", "yesterday,''", "2026-03-02,2026-03-01", "1899-01-01,''"},
            emptyValue = "")
    void badDatesAreRefused(String from, String to) {
        assertThat(DayRange.parse(from, to)).isEmpty();
    }

    @Test
    void theEndDayIsIncluded() {
        DayRange range = DayRange.parse("2026-03-01", "2026-03-01").orElseThrow();
        assertThat(range.toInstant()).isEqualTo(range.fromInstant().plusSeconds(86_400));
        assertThat(DayRange.parse("", null).orElseThrow().fromInstant()).isNull();
    }
}
