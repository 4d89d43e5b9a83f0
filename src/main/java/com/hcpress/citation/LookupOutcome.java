package com.hcpress.citation;

import java.util.Optional;

import com.hcpress.content.ReferenceData;

/** What a lookup gave: the fields found, or why there are none. */
public record LookupOutcome(Status status, String identifier, ReferenceData found) {

    public enum Status { FOUND, NOT_FOUND, UNAVAILABLE, SWITCHED_OFF, NO_IDENTIFIER }

    static LookupOutcome found(String identifier, ReferenceData data) {
        return new LookupOutcome(Status.FOUND, identifier, data);
    }

    static LookupOutcome of(Status status, String identifier) {
        return new LookupOutcome(status, identifier, null);
    }

    public Optional<ReferenceData> data() {
        return Optional.ofNullable(found);
    }
}
