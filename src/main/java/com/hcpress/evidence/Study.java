package com.hcpress.evidence;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A cited trial or cohort as structured data.
 *
 * @param id        a stable key, e.g. {@code E_EMERALD1}
 * @param shortName the name readers know it by, e.g. "EMERALD-1"
 * @param notes     where a figure is unconfirmed or the article and the primary publication disagree
 * @param sources   where the figures not taken from the article were checked, as given
 * @param citations the article references that cite this study
 */
public record Study(String id, String shortName, Publication publication, Design design, String population,
                    List<Arm> arms, List<Outcome> outcomes, List<QualityNote> notes, List<String> sources,
                    List<Citation> citations) {

    private static final int KEY_OUTCOMES = 3;
    private static final int MAX_LABEL_LENGTH = 16;

    public Study {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(population, "population");
        arms = List.copyOf(arms);
        outcomes = List.copyOf(outcomes);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
        citations = citations.stream().sorted().toList();
    }

    /**
     * A label short enough for a plot: the trial acronym when the short name is one word
     * ("LEAP-012"), else the first author's surname and the year ("Fan 2024").
     */
    public String label() {
        if (!shortName.contains(" ")) {
            return shortName;
        }
        String surname = publication.firstAuthorSurname();
        if (surname != null && publication.year() != null) {
            return surname + " " + publication.year();
        }
        return shortName.length() <= MAX_LABEL_LENGTH
                ? shortName : shortName.substring(0, MAX_LABEL_LENGTH - 1) + "…";
    }

    /** The sources the figures were checked against, as labelled links. */
    @JsonProperty("sourceLinks")
    public List<SourceLink> sourceLinks() {
        return sources.stream().flatMap(source -> SourceLink.parseAll(source).stream()).toList();
    }

    /** The numbers of the references in that article that cite this study, ascending. */
    public List<Integer> referencesIn(String articleSlug) {
        return citations.stream()
                .filter(citation -> citation.articleSlug().equals(articleSlug))
                .map(Citation::referenceNumber)
                .toList();
    }

    /** Up to three figures the article reports, survival endpoints first, then response. */
    public List<Outcome> keyOutcomes() {
        return outcomes.stream()
                .filter(Outcome::isFromArticle)
                .sorted(Comparator.comparingInt(Outcome::headlineRank))
                .limit(KEY_OUTCOMES)
                .toList();
    }

    public List<Outcome> outcomesWithHazardRatio() {
        return outcomes.stream().filter(Outcome::hasHazardRatio).toList();
    }
}
