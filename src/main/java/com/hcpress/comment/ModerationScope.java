package com.hcpress.comment;

/** Where the moderators' queue looks: one article, one zone (each by its slug), or everywhere (nulls). */
public record ModerationScope(String articleSlug, String zoneSlug) {

    public static final ModerationScope EVERYWHERE = new ModerationScope(null, null);
}
