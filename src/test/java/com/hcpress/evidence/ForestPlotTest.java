package com.hcpress.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ForestPlotTest {

    private static final String ARTICLE = "a-review";

    @Test
    void anEstimateGivenTwiceIsDrawnOnceWithItsInterval() {
        Study trial = study("E_TRIAL", "TRIAL-1",
                hazardRatio("PFS (median)", "0.77", null),
                hazardRatio("PFS 95% CI and HR CI (added)", "0.77", ci("0.61", "0.98")),
                hazardRatio("OS (median)", "0.9", null));

        ForestPlot plot = ForestPlot.of(List.of(trial), ARTICLE);

        assertThat(plot.rows()).extracting(ForestPlot.Row::endpoint, ForestPlot.Row::estimate)
                .containsExactly(tuple("PFS", "0.77 (0.61–0.98)"), tuple("OS", "0.9"));
        assertThat(plot.hasPointsWithoutInterval()).isTrue();
    }

    @Test
    void rowsStackBelowTheHeaderAndTheAxisFollowsThem() {
        ForestPlot plot = ForestPlot.of(List.of(
                study("E_A", "A-1", hazardRatio("OS", "0.5", ci("0.4", "0.6"))),
                study("E_B", "B-2", hazardRatio("PFS", "1.2", ci("0.9", "1.6")))), ARTICLE);

        ForestPlot.Row first = plot.rows().get(0);
        ForestPlot.Row second = plot.rows().get(1);
        assertThat(second.top() - first.top()).isEqualTo(36);
        assertThat(plot.axisY()).isGreaterThan(second.top() + 28);
        assertThat(plot.viewBox()).isEqualTo("0 0 360 " + plot.height());
        assertThat(first.references()).containsExactly(3);
    }

    @Test
    void theLineOfNoEffectAndTheEstimatesLieOnTheLogScale() {
        ForestPlot plot = ForestPlot.of(List.of(study("E_A", "A-1", hazardRatio("OS", "0.5", ci("0.25", "1")))), ARTICLE);

        ForestPlot.Row row = plot.rows().get(0);
        assertThat(plot.ticks()).extracting(ForestPlot.Tick::label).containsExactly("0.2", "0.3", "0.5", "0.7", "1");
        assertThat(row.highX()).isEqualTo(plot.noEffectX()).isEqualTo(plot.plotRight());
        assertThat(row.lowX()).isLessThan(row.x()).isGreaterThan(plot.plotLeft());
        double midpointOnLogScale = (row.lowX() + row.highX()) / 2;
        assertThat(row.x()).isCloseTo(midpointOnLogScale, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void referenceNumbersLineUpAtTheEndOfTheLabelColumn() {
        Study trial = new Study("E_T", "T-1", Publication.unknown(), new Design("3", true, true, false, 10, null), "HCC",
                List.of(), List.of(hazardRatio("OS", "0.6", ci("0.4", "0.9"))), List.of(), List.of(),
                List.of(new Citation(ARTICLE, 13), new Citation(ARTICLE, 10)));

        List<ForestPlot.ReferenceMark> marks = ForestPlot.of(List.of(trial), ARTICLE).rows().get(0).referenceMarks();

        assertThat(marks).extracting(ForestPlot.ReferenceMark::number).containsExactly(10, 13);
        assertThat(marks.get(1).x()).isEqualTo(plotLeftOf(trial) - 4);
        assertThat(marks.get(0).x()).isLessThan(marks.get(1).x() - 19);
    }

    private static double plotLeftOf(Study study) {
        return ForestPlot.of(List.of(study), ARTICLE).plotLeft();
    }

    @Test
    void studiesWithoutHazardRatiosGiveAnEmptyPlot() {
        Study cohort = study("E_C", "Cohort", new Outcome("ORR", List.of(ArmValue.of("arm", new BigDecimal("38.1"))),
                "%", null, null, null, Outcome.ARTICLE, null));

        assertThat(ForestPlot.of(List.of(cohort), ARTICLE).isEmpty()).isTrue();
        assertThat(ForestPlot.of(List.of(cohort), ARTICLE).ticks()).isEmpty();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    static Study study(String id, String shortName, Outcome... outcomes) {
        return new Study(id, shortName, Publication.unknown(), new Design("3", true, true, false, 100, null), "HCC",
                List.of(new Arm("X", "x", 50), new Arm("Y", "y", 50)), List.of(outcomes), List.of(), List.of(),
                List.of(new Citation(ARTICLE, 3)));
    }

    private static Outcome hazardRatio(String endpoint, String hazardRatio, ConfidenceInterval ci) {
        return new Outcome(endpoint, List.of(), "months", new BigDecimal(hazardRatio), ci, "0.01", Outcome.ARTICLE, null);
    }

    private static ConfidenceInterval ci(String lower, String upper) {
        return new ConfidenceInterval(new BigDecimal(lower), new BigDecimal(upper));
    }
}
