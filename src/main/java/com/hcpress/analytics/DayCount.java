package com.hcpress.analytics;

import java.time.LocalDate;

/** Views and distinct readers of one day. */
public record DayCount(LocalDate day, long views, long readers) {
}
