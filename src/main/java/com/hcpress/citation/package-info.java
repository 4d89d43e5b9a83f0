/**
 * References for readers outside HCPress: an article's numbered references as RIS and BibTeX files
 * (for EndNote, Zotero, NoteExpress) and as lists formatted in a citation style (GB/T 7714,
 * Vancouver) by citeproc-java from the official CSL styles. Who may have them is the article's
 * gate, asked by the controllers exactly as the article page asks it.
 */
package com.hcpress.citation;
