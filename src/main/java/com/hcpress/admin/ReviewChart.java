package com.hcpress.admin;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.hcpress.verification.ReviewDay;

/**
 * The reviewer dashboard's chart as geometry for an SVG drawn by the template: a bar per day for
 * the queue (left axis, submissions) and lines with points for median and 90th-percentile hours to
 * decision (right axis). Coordinates are in the viewBox; the SVG scales to the screen's width.
 */
public record ReviewChart(List<Bar> bars, List<Point> medians, List<Point> p90s, String medianPath, String p90Path,
                          List<Tick> leftTicks, List<Tick> rightTicks, List<Tick> dayTicks) {

    public static final int WIDTH = 360;
    public static final int HEIGHT = 220;
    public static final int LEFT = 34;
    public static final int RIGHT = 34;
    public static final int TOP = 14;
    public static final int BOTTOM = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);

    public record Bar(double x, double y, double width, double height, String day, long value) {
    }

    public record Point(double x, double y, String day, double hours) {
    }

    public record Tick(double x, double y, String label) {
    }

    public static ReviewChart of(List<ReviewDay> days) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double baseline = TOP + plotHeight;
        double slot = plotWidth / Math.max(1, days.size());
        long queueMax = niceCeiling(days.stream().mapToLong(ReviewDay::queueSize).max().orElse(0));
        double hoursMax = niceCeiling(days.stream()
                .mapToDouble(day -> day.p90Hours() == null ? 0 : day.p90Hours()).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        List<Point> medians = new ArrayList<>();
        List<Point> p90s = new ArrayList<>();
        List<Tick> dayTicks = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            ReviewDay day = days.get(i);
            double centre = LEFT + slot * i + slot / 2;
            String label = day.day().toString();
            double height = plotHeight * day.queueSize() / queueMax;
            bars.add(new Bar(round(centre - slot * 0.35), round(baseline - height), round(slot * 0.7), round(height),
                    label, day.queueSize()));
            if (day.medianHours() != null) {
                medians.add(new Point(round(centre), round(baseline - plotHeight * day.medianHours() / hoursMax), label,
                        round(day.medianHours())));
                p90s.add(new Point(round(centre), round(baseline - plotHeight * day.p90Hours() / hoursMax), label,
                        round(day.p90Hours())));
            }
            if ((days.size() - 1 - i) % 7 == 0) {
                dayTicks.add(new Tick(round(centre), HEIGHT - 12, day.day().format(DAY)));
            }
        }
        List<Tick> left = new ArrayList<>();
        List<Tick> right = new ArrayList<>();
        for (int step = 0; step <= 2; step++) {
            double y = round(baseline - plotHeight * step / 2);
            left.add(new Tick(LEFT - 4, y, format(queueMax * step / 2.0)));
            right.add(new Tick(WIDTH - RIGHT + 4, y, format(hoursMax * step / 2.0)));
        }
        return new ReviewChart(bars, medians, p90s, path(medians), path(p90s), left, right, dayTicks);
    }

    public int gridStart() {
        return LEFT;
    }

    public int gridEnd() {
        return WIDTH - RIGHT;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    /** The points joined in order; days without decisions have no point and are stepped over. */
    private static String path(List<Point> points) {
        StringBuilder path = new StringBuilder();
        for (Point point : points) {
            path.append(path.length() == 0 ? "M" : " L").append(point.x()).append(' ').append(point.y());
        }
        return path.toString();
    }

    /** The smallest of 1, 2, 5 times a power of ten at or above the value; at least 1. */
    static long niceCeiling(double value) {
        if (value <= 1) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (int factor : new int[] {1, 2, 5, 10}) {
            if (factor * magnitude >= value) {
                return Math.round(factor * magnitude);
            }
        }
        return Math.round(10 * magnitude);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
