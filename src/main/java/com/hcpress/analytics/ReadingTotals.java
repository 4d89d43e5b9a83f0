package com.hcpress.analytics;

import java.util.List;

/** Views, unique readers and comments over a period, with the views of each day in it. */
public record ReadingTotals(long views, long readers, long comments, List<DayCount> days) {
}
