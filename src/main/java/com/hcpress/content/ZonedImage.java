package com.hcpress.content;

/** An image with the zone whose gate guards it ({@code zoneId} null: a public image). */
public record ZonedImage(long id, Long zoneId, ImageFile file) {
}
