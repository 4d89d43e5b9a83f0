/**
 * Completing a reference from its DOI (Crossref) or PMID (PubMed E-utilities), for the editor who
 * pasted only an identifier. Switched off unless {@code hcpress.references.lookup.enabled}; each
 * call has a connect and a request timeout, answers are kept in a bounded cache, and nothing that
 * saves or publishes ever waits for it: only the editor's "complete" button asks.
 */
package com.hcpress.citation.lookup;
