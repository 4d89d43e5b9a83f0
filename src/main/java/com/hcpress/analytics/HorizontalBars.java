package com.hcpress.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart as geometry for an SVG the template draws: one row per label, bar length
 * in proportion to the largest value, the number at the bar's end. Coordinates are in the viewBox;
 * the SVG scales to the width it is given.
 */
public record HorizontalBars(int width, int height, List<Row> rows) {

    static final int WIDTH = 420;
    static final int ROW = 34;
    static final int LABEL = 150;
    static final int NUMBER = 80;

    /** {@code shortLabel} fits left of the bars; the whole {@code label} is the row's title. */
    public record Row(String label, String shortLabel, String value, double labelY, double barX, double barY, double barWidth,
                      double barHeight, double valueX) {
    }

    /** {@code labels}, {@code values} and {@code shown} (the number as written) are in the same order. */
    public static HorizontalBars of(List<String> labels, List<Long> values, List<String> shown) {
        return of(labels, values, shown, values.stream().mapToLong(Long::longValue).max().orElse(1));
    }

    /** As {@link #of(List, List, List)}, a full bar meaning {@code whole} (a share's whole, say). */
    public static HorizontalBars of(List<String> labels, List<Long> values, List<String> shown, long whole) {
        long max = Math.max(1, whole);
        double span = WIDTH - LABEL - NUMBER;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double top = 6 + i * ROW;
            double length = Math.round(span * values.get(i) / max * 10) / 10.0;
            rows.add(new Row(labels.get(i), shortened(labels.get(i)), shown.get(i), top + 17, LABEL, top + 4, Math.max(values.get(i) > 0 ? 2 : 0, length),
                    20, LABEL + length + 6));
        }
        return new HorizontalBars(WIDTH, 12 + labels.size() * ROW, List.copyOf(rows));
    }

    /** Cut to what fits the label column at 12 px: about 12 px a Chinese character, 7 a Latin one. */
    static String shortened(String label) {
        double room = LABEL - 14;
        double used = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            used += c < 0x2E80 ? 7 : 12.5;
            if (used > room) {
                return label.substring(0, Math.max(1, i - 1)) + "…";
            }
        }
        return label;
    }

    public int labelX() {
        return LABEL - 8;
    }
}
