package com.hcpress.content;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.shared.Slug;
import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.shared.cache.CacheRegistry;

/**
 * Which revision of an article is published, looked up by slug on every article request (by the
 * gate in the security chain, then by the page), so cached: dropped on every instance when an
 * article changes ({@link #CHANGES}, announced by the application and, for a change written straight
 * into the database, by a trigger: migrations 160 and 173, the latter for zones too), and read again
 * after {@link #LIFETIME} at most, a backstop only (a lost bus drops every copy when it comes back).
 * An entry read after half its lifetime is read again in the background while the kept one is
 * served, so that a much-read slug never makes its readers wait for the database (a refresh that
 * finds its entry dropped by a change meanwhile is discarded). The lifetime is long because each
 * refresh passes through the cache's one map of refreshes in flight: at two minutes, the refreshes
 * of two thousand slugs held request threads there for a noticeable share of the mix. Not transactional,
 * unlike {@link ContentCatalog}: a cached answer needs no transaction.
 */
@Component
public class PublishedRevisions {

    /** The cache topic of article changes; the key is the article's id. */
    public static final String CHANGES = "article";
    static final Duration LIFETIME = Duration.ofMinutes(20);
    static final int MAX_ENTRIES = 10_000;

    private final LoadingCache<String, Optional<PublishedRevision>> revisions;
    private final Articles articles;
    private final TransactionOperations readOnly;
    private final CacheChanges changes;

    PublishedRevisions(Articles articles, PlatformTransactionManager transactions, CacheChanges changes,
                       CacheRegistry caches) {
        this.articles = articles;
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        this.readOnly = template;
        this.changes = changes;
        this.revisions = caches.register("published-revisions",
                Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(LIFETIME)
                        .refreshAfterWrite(LIFETIME.dividedBy(2)).recordStats().build(this::load));
        // Which slug an id had is not known here, and articles change seldom: all are read again.
        changes.subscribe(CHANGES, key -> revisions.invalidateAll());
    }

    public Optional<PublishedRevision> of(String slug) {
        // What cannot be a slug is no article, and is not cached.
        if (!Slug.isSlug(slug, ArticleDraftCheck.MAX_SLUG)) {
            return Optional.empty();
        }
        return revisions.get(slug);
    }

    private Optional<PublishedRevision> load(String slug) {
        return readOnly.execute(status -> articles.findPublishedRevision(slug).map(PublishedRevisionRow::toRevision));
    }

    /** Inside the change's transaction: the other instances hear of it when it commits. */
    @EventListener
    void changed(ArticleChanged change) {
        changes.announce(CHANGES, Long.toString(change.articleId()));
    }

    /** A zone's names show on each of its article pages: every copy is dropped, zones change seldom. */
    @EventListener
    void zoneChanged(ZoneChanged change) {
        changes.announce(CHANGES, CacheChanges.EVERYTHING);
    }
}
