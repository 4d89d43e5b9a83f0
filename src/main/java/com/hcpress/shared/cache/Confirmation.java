package com.hcpress.shared.cache;

/**
 * How far the cache change bus is known to be delivered on this instance. {@link #epoch()} moves
 * with every change delivered here; {@link #confirmedAt()} is the {@link System#nanoTime()} at
 * which this instance sent the latest heartbeat it has heard back on the channel: every change
 * committed before then has been delivered. A copy read from the database may be used past its
 * short lifetime only while that is recent ({@link ConfirmedCopies}).
 */
public interface Confirmation {

    /** Never confirmed: copies live their short lifetime only. */
    Confirmation NEVER = new Confirmation() {
        @Override
        public long epoch() {
            return 0;
        }

        @Override
        public boolean confirmedSince(long nanos) {
            return false;
        }
    };

    long epoch();

    /** Whether every change committed before {@code nanos} ({@link System#nanoTime()}) has been delivered here. */
    boolean confirmedSince(long nanos);
}
