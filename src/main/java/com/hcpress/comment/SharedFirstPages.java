package com.hcpress.comment;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.springframework.stereotype.Component;

import com.hcpress.shared.cache.SharedCopies;

/**
 * The first page of each article's comments as a reader sees it who took no part in them, read
 * once and shared, with who did take part (wrote or liked a comment shown), since those readers
 * need a page of their own. A copy is read again after a change to the article's comments on this
 * instance, and after {@link #LIFETIME} in any case, which is how changes made on other instances
 * show.
 */
@Component
class SharedFirstPages {

    static final Duration LIFETIME = Duration.ofSeconds(2);
    private static final AtomicLong STAMPS = new AtomicLong();

    record Shared(long stamp, CommentPage page, Set<Long> participants) {
    }

    private final SharedCopies<Long, Shared> copies = new SharedCopies<>(10_000, LIFETIME);
    private final CommentChanges changes;

    SharedFirstPages(CommentChanges changes) {
        this.changes = changes;
    }

    /** The current shared copy of the article's first page, read with {@code reader} when due. */
    Shared get(long articleId, LongFunction<Shared> reader) {
        return copies.get(articleId, changes.count(articleId), () -> reader.apply(articleId));
    }

    /** A new copy: its stamp differs from every copy's before it. */
    static Shared shared(CommentPage page, Set<Long> participants) {
        return new Shared(STAMPS.incrementAndGet(), page, participants);
    }
}
