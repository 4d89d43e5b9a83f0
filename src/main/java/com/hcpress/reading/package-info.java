/**
 * A reader's own HCPress: bookmarks on articles and studies (sorted, tagged, read 20 at a time) and
 * the reading history (the latest 500 items opened, recorded after the page has been answered,
 * paused and cleared by the reader). Rows belong to one account and go with it; lists show an item
 * the reader may no longer open by its public title only, or not at all.
 */
package com.hcpress.reading;
