package com.hcpress.comment;

/** Why a reader reports a comment; the moderators' queue shows it. */
public enum ReportReason {
    SPAM, MISINFORMATION, ABUSE, PRIVACY, OTHER;

    /** Null when the value is not one of ours. */
    public static ReportReason parse(String value) {
        for (ReportReason reason : values()) {
            if (reason.name().equalsIgnoreCase(value)) {
                return reason;
            }
        }
        return null;
    }
}
