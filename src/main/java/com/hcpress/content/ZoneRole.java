package com.hcpress.content;

/** A role held in one zone only, given by an administrator. */
public enum ZoneRole {
    /** Writes and submits the zone's articles for review. */
    AUTHOR,
    /** Signs off the medicine of the zone's articles: approves them or sends them back. */
    MEDICAL_REVIEWER,
    /** Writes, publishes, schedules and unpublishes the zone's articles. */
    CHIEF_EDITOR
}
