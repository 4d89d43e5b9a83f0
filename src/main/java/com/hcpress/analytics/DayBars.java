package com.hcpress.analytics;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Views per day as vertical bars (geometry for the template's SVG), with the distinct readers of
 * each day in the bar's title, a few day labels below and the top of the scale at the left.
 */
public record DayBars(int width, int height, List<Bar> bars, List<Tick> ticks, String scaleTop, double baseline) {

    static final int WIDTH = 480;
    static final int HEIGHT = 190;
    static final int LEFT = 40;
    static final int BOTTOM = 24;
    static final int RIGHT = 24;
    static final int TOP = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);

    public record Bar(double x, double y, double width, double height, String day, long views, long readers) {
    }

    public record Tick(double x, String label) {
    }

    public static DayBars of(List<DayCount> days) {
        long max = niceCeiling(days.stream().mapToLong(DayCount::views).max().orElse(0));
        double plot = HEIGHT - TOP - BOTTOM;
        double baseline = TOP + plot;
        double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, days.size());
        int every = Math.max(1, (int) Math.ceil(days.size() / 6.0));
        List<Bar> bars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            DayCount day = days.get(i);
            double x = LEFT + slot * i;
            double height = Math.round(plot * day.views() / max * 10) / 10.0;
            bars.add(new Bar(round(x + slot * 0.15), round(baseline - height), round(Math.max(1, slot * 0.7)), height,
                    day.day().toString(), day.views(), day.readers()));
            if ((days.size() - 1 - i) % every == 0) {
                ticks.add(new Tick(round(x + slot / 2), day.day().format(DAY)));
            }
        }
        return new DayBars(WIDTH, HEIGHT, List.copyOf(bars), List.copyOf(ticks), Long.toString(max), baseline);
    }

    public int left() {
        return LEFT;
    }

    public int top() {
        return TOP;
    }

    private static long niceCeiling(long value) {
        if (value <= 5) {
            return 5;
        }
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(value)));
        for (long step : new long[] {1, 2, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
