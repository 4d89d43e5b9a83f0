package com.hcpress.search;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** A synonym group an editor added, as the editor's page lists it. */
public record EditorSynonymGroup(long id, List<String> terms, String note, String createdBy, OffsetDateTime createdAt) {

    public EditorSynonymGroup {
        terms = List.copyOf(terms);
    }

    static List<String> termsOf(String stored) {
        return Arrays.stream(stored.split("\n")).map(String::strip).filter(term -> !term.isEmpty()).toList();
    }
}
