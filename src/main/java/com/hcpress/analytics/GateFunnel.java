package com.hcpress.analytics;

import java.util.List;

/**
 * How many of the readers who first opened a zone's gate within a period have since done each
 * step: agreed to the identity agreement, agreed to the zone's consent, sent a profile, been
 * approved, answered the questions, and passed.
 */
public record GateFunnel(List<Step> steps) {

    public static final List<String> STEPS =
            List.of("visitors", "agreement", "consent", "profile", "approved", "questions", "passed");

    /**
     * {@code key} names the step for the page's words; {@code percent} is the share of the first
     * step's count, {@code ofPrevious} the share of the step before (100 for the first step).
     */
    public record Step(String key, long count, int percent, int ofPrevious) {
    }

    static GateFunnel of(List<Long> counts) {
        long first = counts.get(0);
        List<Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < STEPS.size(); i++) {
            long count = counts.get(i);
            long previous = i == 0 ? count : counts.get(i - 1);
            steps.add(new Step(STEPS.get(i), count, share(count, first), i == 0 ? 100 : share(count, previous)));
        }
        return new GateFunnel(List.copyOf(steps));
    }

    private static int share(long count, long of) {
        return of == 0 ? 0 : (int) Math.round(100.0 * count / of);
    }

    public long visitors() {
        return steps.get(0).count();
    }
}
