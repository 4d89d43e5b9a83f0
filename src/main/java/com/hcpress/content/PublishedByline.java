package com.hcpress.content;

/** A published article as its followers know it: where it is, its title, and the names on it. */
public record PublishedByline(long id, String slug, String title, long zoneId, String expertName, String authorCredit) {
}
