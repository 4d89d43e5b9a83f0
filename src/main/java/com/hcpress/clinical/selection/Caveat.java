package com.hcpress.clinical.selection;

import com.hcpress.clinical.domain.Flag;

import java.util.Objects;
import java.util.function.Predicate;

/** A flag raised when its condition holds. */
record Caveat(Flag flag, Predicate<ClinicalFacts> when) {

    Caveat {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(when, "when");
    }

    static Caveat always(Flag flag) {
        return new Caveat(flag, facts -> true);
    }

    boolean raisedFor(ClinicalFacts facts) {
        return when.test(facts);
    }
}
