package com.hcpress.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The geometry of a forest plot of hazard ratios with their 95% CIs, for a template to draw as
 * SVG: one row per estimate, a log-scale axis and the line of no effect at HR = 1.
 *
 * <p>Coordinates are in a {@value #WIDTH}-unit-wide viewBox, about a phone's width, so the text
 * stays legible when the drawing scales to 375 px; labels sit left of the plot, estimates right.
 * An estimate reported without a CI is a point only. Where the evidence gives the same hazard
 * ratio twice for a study, once from the article without a CI and once with the CI added from
 * another source, it is one estimate and is drawn once, with the CI.
 */
public final class ForestPlot {

    static final int WIDTH = 360;
    private static final double PLOT_LEFT = 132;
    private static final double PLOT_RIGHT = 252;
    private static final double HEADER_HEIGHT = 24;
    private static final double ROW_HEIGHT = 36;
    private static final double AXIS_HEIGHT = 60;
    private static final double REFERENCE_GAP = 4;

    private final List<Row> rows;
    private final LogAxis axis;

    private ForestPlot(List<Row> rows, LogAxis axis) {
        this.rows = List.copyOf(rows);
        this.axis = axis;
    }

    /**
     * @param articleSlug the article whose reference numbers each row shows, or {@code null}
     */
    public static ForestPlot of(List<Study> studies, String articleSlug) {
        List<Estimate> estimates = studies.stream().flatMap(study -> estimatesOf(study).stream()).toList();
        if (estimates.isEmpty()) {
            return new ForestPlot(List.of(), null);
        }
        LogAxis axis = LogAxis.covering(
                Math.min(1, estimates.stream().mapToDouble(Estimate::low).min().orElseThrow()),
                Math.max(1, estimates.stream().mapToDouble(Estimate::high).max().orElseThrow()));
        List<Row> rows = new ArrayList<>();
        for (Estimate estimate : estimates) {
            double top = HEADER_HEIGHT + rows.size() * ROW_HEIGHT;
            List<Integer> references = articleSlug == null ? List.of() : estimate.study().referencesIn(articleSlug);
            rows.add(Row.of(estimate, references, top, axis));
        }
        return new ForestPlot(rows, axis);
    }

    private static List<Estimate> estimatesOf(Study study) {
        List<Outcome> withHazardRatio = study.outcomesWithHazardRatio();
        return withHazardRatio.stream()
                .filter(outcome -> outcome.ci95() != null || withHazardRatio.stream().noneMatch(other ->
                        other.ci95() != null && other.hazardRatio().compareTo(outcome.hazardRatio()) == 0))
                .map(outcome -> new Estimate(study, outcome))
                .toList();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean hasPointsWithoutInterval() {
        return rows.stream().anyMatch(row -> !row.hasInterval());
    }

    public List<Tick> ticks() {
        return axis == null ? List.of() : axis.ticks().stream()
                .map(tick -> new Tick(LogAxis.label(tick), x(tick.doubleValue())))
                .toList();
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + round(height());
    }

    public double height() {
        return axisY() + AXIS_HEIGHT;
    }

    public double rowsTop() {
        return HEADER_HEIGHT - 4;
    }

    public double axisY() {
        return HEADER_HEIGHT + rows.size() * ROW_HEIGHT + 4;
    }

    public int width() {
        return WIDTH;
    }

    public double plotLeft() {
        return PLOT_LEFT;
    }

    public double plotRight() {
        return PLOT_RIGHT;
    }

    public double tickEndY() {
        return axisY() + 4;
    }

    public double tickLabelY() {
        return axisY() + 16;
    }

    public double captionY() {
        return axisY() + 32;
    }

    public double favoursY() {
        return axisY() + 48;
    }

    public double noEffectX() {
        return x(1);
    }

    public double plotCentreX() {
        return round((PLOT_LEFT + PLOT_RIGHT) / 2);
    }

    private double x(double value) {
        return round(axis.position(value, PLOT_LEFT, PLOT_RIGHT));
    }

    static double round(double coordinate) {
        return Math.round(coordinate * 10) / 10.0;
    }

    private record Estimate(Study study, Outcome outcome) {

        double low() {
            return outcome.ci95() == null ? hazardRatio() : outcome.ci95().lower().doubleValue();
        }

        double high() {
            return outcome.ci95() == null ? hazardRatio() : outcome.ci95().upper().doubleValue();
        }

        double hazardRatio() {
            return outcome.hazardRatio().doubleValue();
        }
    }

    /**
     * One estimate. {@code lowX} and {@code highX} are the CI's ends, equal to {@code x} when there
     * is no CI.
     */
    public record Row(String studyId, String studyLabel, List<Integer> references, String endpoint,
                      String endpointInFull, BigDecimal hazardRatio, ConfidenceInterval ci95, String p,
                      double top, double x, double lowX, double highX, String endpointZh,
                      String endpointInFullZh) {

        public Row {
            Objects.requireNonNull(studyId, "studyId");
            references = List.copyOf(references);
        }

        static Row of(Estimate estimate, List<Integer> references, double top, LogAxis axis) {
            Outcome outcome = estimate.outcome();
            double x = round(axis.position(estimate.hazardRatio(), PLOT_LEFT, PLOT_RIGHT));
            double lowX = round(axis.position(estimate.low(), PLOT_LEFT, PLOT_RIGHT));
            double highX = round(axis.position(estimate.high(), PLOT_LEFT, PLOT_RIGHT));
            return new Row(estimate.study().id(), estimate.study().label(), references, outcome.shortEndpoint(),
                    outcome.endpoint(), outcome.hazardRatio(), outcome.ci95(), outcome.p(), top, x, lowX, highX,
                    outcome.shortEndpointZh(), outcome.endpointZh() == null ? outcome.endpoint() : outcome.endpointZh());
        }

        public String endpointIn(Locale locale) {
            return Bilingual.pick(locale, endpoint, endpointZh);
        }

        public String endpointInFullIn(Locale locale) {
            return Bilingual.pick(locale, endpointInFull, endpointInFullZh);
        }

        public boolean hasInterval() {
            return ci95 != null;
        }

        /**
         * The reference numbers as links, right-aligned at the end of the label column: each
         * {@code x} is where its "[n]" ends, the last one's at the column's end.
         */
        public List<ReferenceMark> referenceMarks() {
            List<ReferenceMark> marks = new ArrayList<>();
            double end = PLOT_LEFT - REFERENCE_GAP;
            for (int i = references.size() - 1; i >= 0; i--) {
                int number = references.get(i);
                marks.add(0, new ReferenceMark(number, round(end)));
                end -= ReferenceMark.width(number) + REFERENCE_GAP;
            }
            return marks;
        }

        /** "0.77 (0.61–0.98)", or "0.96" without a CI. */
        public String estimate() {
            return hazardRatio.toPlainString() + (ci95 == null ? "" : " (" + ci95.display() + ")");
        }

        public double labelY() {
            return top + 14;
        }

        public double endpointY() {
            return top + 28;
        }

        public double markY() {
            return top + 19;
        }

        public double estimateY() {
            return top + 23;
        }
    }

    public record Tick(String label, double x) {
    }

    /** A reference number's link in a row; {@code x} is where "[n]" ends. */
    public record ReferenceMark(int number, double x) {

        /** Brackets and digits at the 11-unit font the references are set in. */
        static double width(int number) {
            return 2 * 3.7 + String.valueOf(number).length() * 6.2;
        }
    }
}
