package com.hcpress.search;

import java.util.List;
import java.util.Optional;

/**
 * Ways of writing one concept: every term finds what the others find. Misspellings are found too,
 * and are answered with "did you mean" the group's preferred term in the same script.
 */
record SynonymGroup(String id, List<String> terms, List<String> misspellings) {

    SynonymGroup {
        terms = List.copyOf(terms);
        misspellings = List.copyOf(misspellings);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("A synonym group has at least one term: " + id);
        }
    }

    /** Terms and misspellings alike: what the query analyzer treats as one concept. */
    List<String> allTerms() {
        return misspellings.isEmpty() ? terms
                : java.util.stream.Stream.concat(terms.stream(), misspellings.stream()).toList();
    }

    /** The first term written in the same script as {@code term} (Chinese or Latin). */
    Optional<String> preferredLike(String term) {
        boolean chinese = Scripts.hasChinese(term);
        return terms.stream().filter(candidate -> Scripts.hasChinese(candidate) == chinese).findFirst();
    }

    /** One line of the Solr synonym format both backends read. */
    String solrRule() {
        return String.join(", ", allTerms().stream().map(SynonymGroup::escaped).toList());
    }

    private static String escaped(String term) {
        return term.replace("\\", "\\\\").replace(",", "\\,");
    }
}
