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

import com.hcpress.account.AccountRegistry;
import com.hcpress.gate.Gate;
import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.shared.cache.CacheRegistry;
import com.hcpress.shared.cache.SpreadExpiry;

/**
 * Pages of each article's comments (the first and those 查看更多 loads after it, in either order)
 * as a reader sees them who took no part in them, read once and shared, with who took part in
 * which (wrote or liked a comment shown), since those readers see those comments their own way.
 * Every page of an article is dropped on every instance when its comments change
 * ({@link CommentChanges}, announced by triggers too when written straight into the database), and
 * every page showing an author when the author's name may show otherwise: a public name chosen
 * ({@link PublicNames#CHANGES}), a verification approved or revoked ({@link Gate#CHANGES}), a
 * role or account changed ({@link AccountRegistry#CHANGES}). {@link #LIFETIME}, spread, is the
 * backstop for what no notice tells: an approval lapsing with time shows within it.
 */
@Component
class SharedCommentPages {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    /** Weighed by the comments a page shows (replies included): a page of 20 with their first replies weighs about 60. */
    static final long MAX_COMMENTS = 600_000;
    /** The viewer of a shared page: no account has this id, so nothing shows as liked or as one's own. */
    private static final long NOBODY = 0;

    /** A page: {@code cursor} is null for the first one, else as {@link Cursor#encode()} writes it. */
    private record Key(long articleId, CommentOrder order, String cursor) {
    }

    /** {@code after}: the page's cursor as {@link Cursor#encode()} writes it, null for the first page. */
    record Shared(CommentPage page, String after, Map<Long, Participation> participation) {

        int weight() {
            return 1 + (int) shown(page).count();
        }
    }

    private final Cache<Key, Shared> copies;
    private final CommentPageReader pages;
    private final CommentQueries queries;
    private final TransactionOperations readOnly;

    SharedCommentPages(CommentPageReader pages, CommentQueries queries, PlatformTransactionManager transactions,
                       CacheChanges changes, CacheRegistry caches) {
        this.pages = pages;
        this.queries = queries;
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        this.readOnly = template;
        this.copies = caches.register("comment-pages", Caffeine.newBuilder()
                .maximumWeight(MAX_COMMENTS)
                .weigher((Key key, Shared shared) -> shared.weight())
                .expireAfter(new SpreadExpiry<Key, Shared>(LIFETIME)).recordStats().build());
        changes.subscribe(CommentChanges.TOPIC, key -> {
            if (CacheChanges.EVERYTHING.equals(key)) {
                copies.invalidateAll();
            } else {
                long articleId = Long.parseLong(key);
                copies.asMap().keySet().removeIf(page -> page.articleId() == articleId);
            }
        });
        changes.subscribe(PublicNames.CHANGES, this::authorChanged);
        changes.subscribe(Gate.CHANGES, this::authorChanged);
        changes.subscribe(AccountRegistry.CHANGES, this::authorChanged);
    }

    /** Drops the pages on which the account wrote or liked a comment: its name or mark may show otherwise. */
    private void authorChanged(String key) {
        if (CacheChanges.EVERYTHING.equals(key)) {
            copies.invalidateAll();
            return;
        }
        long account;
        try {
            account = Long.parseLong(key);
        } catch (NumberFormatException notAnAccount) {
            copies.invalidateAll();
            return;
        }
        copies.asMap().values().removeIf(shared -> shared.participation().containsKey(account));
    }

    /**
     * The current shared copy of the article's page in {@code order} after {@code cursor} (null or
     * blank: the first page); throws {@link InvalidCommentException} for a cursor not made by us.
     */
    Shared get(long articleId, CommentOrder order, String cursor) {
        Cursor after = Cursor.parse(cursor, order);
        return copies.get(new Key(articleId, order, after == null ? null : after.encode()), this::read);
    }

    /** Every comment on the page: the pinned one, the others, and the replies shown under each. */
    static Stream<CommentView> shown(CommentPage page) {
        return Stream.concat(Stream.ofNullable(page.pinned()), page.comments().stream())
                .flatMap(comment -> Stream.concat(Stream.of(comment), comment.replies().stream()));
    }

    private Shared read(Key key) {
        return readOnly.execute(status -> {
            CommentPage page = pages.read(key.articleId(), NOBODY, key.order(), key.cursor());
            return new Shared(page, key.cursor(), queries.participation(shown(page).map(CommentView::id).toList()));
        });
    }
}
