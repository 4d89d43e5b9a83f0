package com.hcpress.questionnaire;

import java.util.Map;

/** What saving an item did, or per form field what is wrong with it. */
public record ItemChange(Outcome outcome, int version, Map<String, String> problems) {

    public enum Outcome {
        /** The item had no answers: changed where it stands. */
        CHANGED,
        /** The item had answers: those stay with the old version, this is the next one. */
        NEW_VERSION,
        INVALID,
        NOT_FOUND
    }

    static ItemChange invalid(Map<String, String> problems) {
        return new ItemChange(Outcome.INVALID, 0, Map.copyOf(problems));
    }

    static ItemChange notFound() {
        return new ItemChange(Outcome.NOT_FOUND, 0, Map.of());
    }

    static ItemChange done(Outcome outcome, int version) {
        return new ItemChange(outcome, version, Map.of());
    }

    public boolean succeeded() {
        return outcome == Outcome.CHANGED || outcome == Outcome.NEW_VERSION;
    }
}
