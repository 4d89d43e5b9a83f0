package com.hcpress.content;

/**
 * Completing a reference from its DOI or PMID, for the editor's button. Implemented where the
 * outside services are known (the citation feature); switched off unless configured.
 */
public interface ReferenceLookups {

    boolean enabled();

    LookupOutcome lookup(String doi, String pmid);
}
