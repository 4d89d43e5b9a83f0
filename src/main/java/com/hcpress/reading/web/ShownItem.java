package com.hcpress.reading.web;

import java.util.List;

import com.hcpress.reading.ItemKind;

/**
 * A bookmark or history row as the reader may see it now. {@code open}: they pass the item's gate
 * and see its title. Otherwise an article shows only its title, which its zone's list shows
 * everyone, with a lock; a study shows no name at all and links to its zone's gate (its id names
 * it); an article taken down shows neither ({@code link} null). Opening a locked item meets the gate.
 */
record ShownItem(long id, ItemKind kind, String title, String link, boolean open, String zoneName, String time,
                 List<String> tags) {

    public boolean locked() {
        return !open && link != null;
    }
}
