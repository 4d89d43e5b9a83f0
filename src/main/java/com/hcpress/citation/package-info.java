/**
 * References for readers outside HCPress: an article's numbered references as RIS and BibTeX files
 * (for EndNote, Zotero, NoteExpress) and as lists formatted in a citation style (GB/T 7714,
 * Vancouver) by citeproc-java from the official CSL styles. Who may have them is the article's
 * gate, asked by the controllers exactly as the article page asks it.
 *
 * <p>For editors, {@link com.hcpress.citation.ReferenceLookup} completes a reference from its DOI
 * (Crossref) or PMID (PubMed E-utilities). It is switched off unless
 * {@code hcpress.references.lookup.enabled}; each call has a connect and a request timeout, answers
 * are kept in a bounded cache, and nothing that saves or publishes ever waits for it: only the
 * editor's "complete" button asks.
 */
package com.hcpress.citation;
