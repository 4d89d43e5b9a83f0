package com.hcpress.evidence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.persistence.Embeddable;

/**
 * Where a study is published and registered. Identifiers are absent unless confirmed, never guessed.
 *
 * @param citation        the publication as the article cites it
 * @param fullPublication the full paper, when the article cites an abstract
 * @param registryId      the trial registry number, e.g. {@code NCT03778957}
 */
@Embeddable
public record Publication(String firstAuthor, String journal, Integer year, String citation, String fullPublication,
                          String doi, String pmid, String pmcid, String registryId) {

    public static Publication unknown() {
        return new Publication(null, null, null, null, null, null, null, null, null);
    }

    /** "Lencioni R (as cited …)" → "Lencioni". */
    public String firstAuthorSurname() {
        if (firstAuthor == null || firstAuthor.isBlank()) {
            return null;
        }
        return firstAuthor.strip().split("[\\s,(]+", 2)[0];
    }

    public String doiUrl() {
        return doi == null ? null
                : "https://doi.org/" + URLEncoder.encode(doi, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    public String pubmedUrl() {
        return pmid == null ? null : "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
    }

    public String pmcUrl() {
        return pmcid == null ? null : "https://pmc.ncbi.nlm.nih.gov/articles/" + pmcid + "/";
    }

    public String registryUrl() {
        return registryId == null || !registryId.startsWith("NCT") ? null
                : "https://clinicaltrials.gov/study/" + registryId;
    }
}
