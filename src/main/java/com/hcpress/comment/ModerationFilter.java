package com.hcpress.comment;

/** Which comments the moderators' queue lists: those with open reports, or all, newest first. */
public enum ModerationFilter {
    REPORTED, RECENT;

    public static ModerationFilter parse(String value) {
        return "recent".equalsIgnoreCase(value) ? RECENT : REPORTED;
    }

    public String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
