package com.hcpress.message;

/** Where a message is on its way out. */
public enum MessageState {
    /** Waiting for its first or next attempt. */
    QUEUED,
    /** Claimed by a worker, under a lease. */
    SENDING,
    SENT,
    /** Gave up after the last attempt. */
    FAILED,
    /** No channel is configured: kept for administrators to read at /admin/outbox. */
    HELD
}
