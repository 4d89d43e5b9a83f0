package com.hcpress.search;

import java.time.Instant;

/** Where a rebuild of the index from PostgreSQL stands, as the admin page shows it. */
public record ReindexProgress(State state, long done, long total, Instant startedAt, Instant finishedAt,
                              String failure) {

    public enum State {
        IDLE, RUNNING, DONE, FAILED
    }

    static ReindexProgress idle() {
        return new ReindexProgress(State.IDLE, 0, 0, null, null, null);
    }

    static ReindexProgress started(long total) {
        return new ReindexProgress(State.RUNNING, 0, total, Instant.now(), null, null);
    }

    ReindexProgress advancedBy(long units) {
        return new ReindexProgress(state, done + units, Math.max(total, done + units), startedAt, null, null);
    }

    ReindexProgress finished() {
        return new ReindexProgress(State.DONE, done, total, startedAt, Instant.now(), null);
    }

    ReindexProgress failed(String reason) {
        return new ReindexProgress(State.FAILED, done, total, startedAt, Instant.now(), reason);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    public int percent() {
        return total == 0 ? (state == State.DONE ? 100 : 0) : (int) (done * 100 / total);
    }
}
