package com.hcpress.comment;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.shared.cache.SharedCopies;

/**
 * The first page of each article's comments as a reader sees it who took no part in them, read
 * once and shared, with who took part in which (wrote or liked a comment shown), since those
 * readers see those comments their own way. A copy is read again after a change to the article's
 * comments on this instance, and after {@link #LIFETIME} in any case, which is how changes made on
 * other instances show.
 */
@Component
class SharedFirstPages {

    static final Duration LIFETIME = Duration.ofSeconds(2);
    /** The viewer of a shared page: no account has this id, so nothing shows as liked or as one's own. */
    private static final long NOBODY = 0;
    private static final AtomicLong STAMPS = new AtomicLong();

    record Shared(long stamp, CommentPage page, Map<Long, Participation> participation) {
    }

    private final SharedCopies<Long, Shared> copies = new SharedCopies<>(10_000, LIFETIME);
    private final CommentChanges changes;
    private final CommentPageReader pages;
    private final CommentQueries queries;
    private final TransactionOperations readOnly;

    SharedFirstPages(CommentChanges changes, CommentPageReader pages, CommentQueries queries,
                     PlatformTransactionManager transactions) {
        this.changes = changes;
        this.pages = pages;
        this.queries = queries;
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        this.readOnly = template;
    }

    /** The current shared copy of the article's first page. */
    Shared get(long articleId) {
        return copies.get(articleId, changes.count(articleId), previous -> read(articleId, previous));
    }

    /** Every comment on the page: the pinned one, the others, and the replies shown under each. */
    static Stream<CommentView> shown(CommentPage page) {
        return Stream.concat(Stream.ofNullable(page.pinned()), page.comments().stream())
                .flatMap(comment -> Stream.concat(Stream.of(comment), comment.replies().stream()));
    }

    /** A new copy, or {@code previous} (stamp and all) when nothing in it changed. */
    private Shared read(long articleId, Shared previous) {
        return readOnly.execute(status -> {
            CommentPage page = pages.read(articleId, NOBODY, CommentOrder.NEWEST, null);
            Map<Long, Participation> participation = queries.participation(shown(page).map(CommentView::id).toList());
            if (previous != null && previous.page().equals(page) && previous.participation().equals(participation)) {
                return previous;
            }
            return new Shared(STAMPS.incrementAndGet(), page, participation);
        });
    }
}
