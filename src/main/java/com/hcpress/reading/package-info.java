/**
 * Reading an article: the article page, composed from the published revision (content), its
 * evidence, its references in the reader's style (citation) and the form keys of the comment
 * section (comment); its share tags and related articles; and a zone's list of articles, which
 * asks the gate what each reader may see of them. The zone's gate has already been asked by the security chain. Nothing
 * depends on this feature; it depends on the others' public classes only.
 */
package com.hcpress.reading;
