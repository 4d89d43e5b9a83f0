package com.hcpress.content;

import java.time.Instant;

/** An image as the library lists it: no pixels, only what an editor chooses by. */
public record LibraryImage(long id, Long zoneId, int width, int height, ImageText text, Instant createdAt,
                           Long derivedFrom, String aspect) {

    public String markdown() {
        return text.markdown(id);
    }

    public boolean described() {
        return !text.alt().isEmpty();
    }
}
