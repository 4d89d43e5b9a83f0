package com.hcpress.comment;

import java.time.Duration;

/** The author posted as much as the limit allows for now; they may post again after the wait. */
public class PostingLimitException extends RuntimeException {

    public enum Limit {
        PER_MINUTE, PER_DAY
    }

    private final Limit limit;
    private final int allowed;
    private final Duration retryAfter;

    PostingLimitException(Limit limit, int allowed, Duration retryAfter) {
        super("Posting limit " + limit + " (" + allowed + ") reached");
        this.limit = limit;
        this.allowed = allowed;
        this.retryAfter = retryAfter;
    }

    public Limit limit() {
        return limit;
    }

    public int allowed() {
        return allowed;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The message key for the reader, taking {@link #allowed()} and the wait in minutes. */
    public String messageKey() {
        return limit == Limit.PER_MINUTE ? "comment.error.perMinute" : "comment.error.perDay";
    }

    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.getSeconds() + 59) / 60);
    }
}
