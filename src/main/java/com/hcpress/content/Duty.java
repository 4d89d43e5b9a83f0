package com.hcpress.content;

/** What a step of the editorial workflow asks of whoever takes it. */
public enum Duty {
    /** Saving, submitting for review, deleting and restoring. */
    WRITE,
    /** Medical sign-off: approving, or returning to the author with a message. */
    REVIEW,
    /** Publishing, scheduling, unpublishing. */
    PUBLISH
}
