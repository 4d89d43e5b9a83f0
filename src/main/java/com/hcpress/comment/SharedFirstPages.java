package com.hcpress.comment;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.shared.cache.CacheRegistry;

/**
 * The first page of each article's comments (newest first) as a reader sees it who took no part
 * in them, read once and shared, with who took part in which (wrote or liked a comment shown),
 * since those readers see those comments their own way. A copy is dropped on every instance when
 * the article's comments change ({@link CommentChanges}), and read again after {@link #LIFETIME}
 * in any case, should a notice be lost.
 */
@Component
class SharedFirstPages {

    static final Duration LIFETIME = Duration.ofSeconds(10);
    static final int MAX_ENTRIES = 10_000;
    /** The viewer of a shared page: no account has this id, so nothing shows as liked or as one's own. */
    private static final long NOBODY = 0;

    record Shared(CommentPage page, Map<Long, Participation> participation) {
    }

    private final Cache<Long, Shared> copies;
    private final CommentPageReader pages;
    private final CommentQueries queries;
    private final TransactionOperations readOnly;

    SharedFirstPages(CommentPageReader pages, CommentQueries queries, PlatformTransactionManager transactions,
                     CacheChanges changes, CacheRegistry caches) {
        this.pages = pages;
        this.queries = queries;
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        this.readOnly = template;
        this.copies = caches.register("comment-first-pages", Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES).expireAfterWrite(LIFETIME).recordStats().build());
        changes.subscribe(CommentChanges.TOPIC, key -> {
            if (CacheChanges.EVERYTHING.equals(key)) {
                copies.invalidateAll();
            } else {
                copies.invalidate(Long.parseLong(key));
            }
        });
    }

    /** The current shared copy of the article's first page. */
    Shared get(long articleId) {
        return copies.get(articleId, this::read);
    }

    /** Every comment on the page: the pinned one, the others, and the replies shown under each. */
    static Stream<CommentView> shown(CommentPage page) {
        return Stream.concat(Stream.ofNullable(page.pinned()), page.comments().stream())
                .flatMap(comment -> Stream.concat(Stream.of(comment), comment.replies().stream()));
    }

    private Shared read(long articleId) {
        return readOnly.execute(status -> {
            CommentPage page = pages.read(articleId, NOBODY, CommentOrder.NEWEST, null);
            return new Shared(page, queries.participation(shown(page).map(CommentView::id).toList()));
        });
    }
}
