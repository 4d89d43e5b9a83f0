package com.hcpress.content;

import java.util.Optional;


/** What a lookup gave: the fields found, or why there are none. */
public record LookupOutcome(Status status, String identifier, ReferenceData found) {

    public enum Status { FOUND, NOT_FOUND, UNAVAILABLE, SWITCHED_OFF, NO_IDENTIFIER }

    public static LookupOutcome found(String identifier, ReferenceData data) {
        return new LookupOutcome(Status.FOUND, identifier, data);
    }

    public static LookupOutcome of(Status status, String identifier) {
        return new LookupOutcome(status, identifier, null);
    }

    public Optional<ReferenceData> data() {
        return Optional.ofNullable(found);
    }
}
