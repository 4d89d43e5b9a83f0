package com.hcpress.verification;

import java.time.LocalDate;

/**
 * One day of review work: the submissions still waiting at the day's end, how many were decided
 * that day, and the median and 90th percentile of their waiting time in hours (null when none).
 */
public record ReviewDay(LocalDate day, long queueSize, long decided, Double medianHours, Double p90Hours) {
}
