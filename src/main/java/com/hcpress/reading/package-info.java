/**
 * Reading: the article page, composed from the published revision (content), its evidence, its
 * references in the reader's style (citation) and the form keys of the comment section (comment),
 * with its share tags and related articles; a zone's list of articles, which asks the gate what
 * each reader may see of them. The zone's gate has already been asked by the security chain. And
 * a reader's own HCPress: bookmarks on articles and studies (sorted, tagged, read 20 at a time)
 * and the reading history (the latest 500 items opened, recorded after the page has been
 * answered, paused and cleared by the reader), whose rows belong to one account and go with it;
 * lists show an item the reader may no longer open by its public title only, or not at all. It
 * depends on the others' public classes (and on follow's, for the follow buttons on the page);
 * nothing depends on it.
 */
package com.hcpress.reading;
