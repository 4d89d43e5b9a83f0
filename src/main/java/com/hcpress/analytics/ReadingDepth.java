package com.hcpress.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * How far readers came down an article's body in the views of a period whose depth the browser
 * sent ({@code measured}): for each mark (25, 50, 75, 100 %), how many of those views reached it.
 */
public record ReadingDepth(long measured, List<Mark> marks) {

    public static final List<Integer> MARKS = List.of(25, 50, 75, 100);

    /** {@code percent} is the share of the measured views. */
    public record Mark(int depth, long views, int percent) {
    }

    static ReadingDepth of(long measured, List<Long> reached) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < MARKS.size(); i++) {
            long views = reached.get(i);
            marks.add(new Mark(MARKS.get(i), views, measured == 0 ? 0 : (int) Math.round(100.0 * views / measured)));
        }
        return new ReadingDepth(measured, List.copyOf(marks));
    }
}
