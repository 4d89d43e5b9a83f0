package com.hcpress.comment;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.comment.PostingLimitException.Limit;

/**
 * Per-author posting limits, counted from the comments in PostgreSQL so that they hold whichever
 * instance serves the author. Deleted and hidden comments still count.
 */
@Component
class PostingLimits {

    /** Advisory lock namespace for "an author is posting"; any constant unused elsewhere. */
    private static final int POSTING_LOCK = 0x636f6d6d;

    private final JdbcClient jdbc;
    private final CommentSettings settings;

    PostingLimits(JdbcClient jdbc, CommentSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Holds the author's posting lock until the transaction ends, so that two posts sent at once
     * can neither both slip under the limit nor both miss each other's idempotency key.
     */
    void lock(long authorId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(POSTING_LOCK, Long.hashCode(authorId))
                .query((rs, n) -> 1).single();
    }

    /** Throws when the author may not post now; call under {@link #lock(long)}. */
    void check(long authorId) {
        jdbc.sql("""
                        select count(*) filter (where created_at > now() - interval '1 minute') as last_minute,
                               count(*) as last_day,
                               extract(epoch from min(created_at) filter (where created_at > now() - interval '1 minute')
                                                  + interval '1 minute' - now()) as minute_wait,
                               extract(epoch from min(created_at) + interval '1 day' - now()) as day_wait
                        from comment where author_id = ? and created_at > now() - interval '1 day'
                        """)
                .param(authorId)
                .query((rs, n) -> {
                    if (rs.getInt("last_day") >= settings.perDay()) {
                        throw new PostingLimitException(Limit.PER_DAY, settings.perDay(), wait(rs.getDouble("day_wait")));
                    }
                    if (rs.getInt("last_minute") >= settings.perMinute()) {
                        throw new PostingLimitException(Limit.PER_MINUTE, settings.perMinute(),
                                wait(rs.getDouble("minute_wait")));
                    }
                    return 1;
                })
                .single();
    }

    private static Duration wait(double seconds) {
        return Duration.ofSeconds(Math.max(1, (long) Math.ceil(seconds)));
    }
}
