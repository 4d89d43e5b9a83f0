package com.hcpress.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A logarithmic axis whose ends are ticks, chosen from the densest "nice" ladder (1, 1.5, 2, 3,
 * 5, 7 per decade, then 1, 2, 5, then 1) that covers the values in at most {@value #MAX_TICKS}
 * ticks. Ticks are decimals so that 0.3 prints as 0.3.
 */
record LogAxis(List<BigDecimal> ticks) {

    static final int MAX_TICKS = 7;
    private static final List<List<String>> LADDERS = List.of(
            List.of("1", "1.5", "2", "3", "5", "7"),
            List.of("1", "2", "5"),
            List.of("1"));

    LogAxis {
        ticks = List.copyOf(ticks);
        if (ticks.size() < 2) {
            throw new IllegalArgumentException("An axis needs two ticks at least");
        }
    }

    static LogAxis covering(double low, double high) {
        if (!(low > 0) || high < low || Double.isInfinite(high)) {
            throw new IllegalArgumentException("A log axis covers positive values: " + low + ".." + high);
        }
        List<BigDecimal> ticks = List.of();
        for (List<String> ladder : LADDERS) {
            ticks = ticksCovering(ladder, low, high);
            if (ticks.size() <= MAX_TICKS) {
                break;
            }
        }
        return new LogAxis(ticks);
    }

    double min() {
        return ticks.get(0).doubleValue();
    }

    double max() {
        return ticks.get(ticks.size() - 1).doubleValue();
    }

    /** Where a value lies between {@code left} and {@code right}. */
    double position(double value, double left, double right) {
        double fraction = Math.log(value / min()) / Math.log(max() / min());
        return left + fraction * (right - left);
    }

    private static List<BigDecimal> ticksCovering(List<String> ladder, double low, double high) {
        List<BigDecimal> rungs = new ArrayList<>();
        int fromDecade = (int) Math.floor(Math.log10(low)) - 1;
        int toDecade = (int) Math.ceil(Math.log10(high)) + 1;
        for (int decade = fromDecade; decade <= toDecade; decade++) {
            for (String mantissa : ladder) {
                rungs.add(new BigDecimal(mantissa).scaleByPowerOfTen(decade));
            }
        }
        BigDecimal first = rungs.stream().filter(r -> r.doubleValue() <= low).reduce((a, b) -> b).orElseThrow();
        BigDecimal last = rungs.stream().filter(r -> r.doubleValue() >= high).findFirst().orElseThrow();
        List<BigDecimal> ticks = rungs.stream()
                .filter(r -> r.compareTo(first) >= 0 && r.compareTo(last) <= 0)
                .toList();
        return ticks.size() > 1 ? ticks : List.of(first, next(rungs, last));
    }

    private static BigDecimal next(List<BigDecimal> rungs, BigDecimal rung) {
        return rungs.get(rungs.indexOf(rung) + 1);
    }

    static String label(BigDecimal tick) {
        return tick.stripTrailingZeros().toPlainString();
    }
}
