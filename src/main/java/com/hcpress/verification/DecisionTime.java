package com.hcpress.verification;

import java.time.LocalDate;

/**
 * How long one reviewer took to decide, from opening (claiming) a submission to the decision:
 * per day, or over the whole period when {@code day} is null. Seconds, interpolated percentiles.
 */
public record DecisionTime(LocalDate day, long reviewerId, String reviewer, long decided, double medianSeconds,
                           double p90Seconds) {
}
