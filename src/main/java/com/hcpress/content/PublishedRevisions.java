package com.hcpress.content;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.shared.cache.SharedCopies;

/**
 * Which revision of an article is published, looked up by slug on every article request, so
 * remembered: until an article changes on this instance, and for {@link #LIFETIME} at most, which
 * is how changes made on other instances show. Not transactional, unlike {@link ContentCatalog}:
 * a remembered answer needs no transaction, and the article page asks on every request.
 */
@Component
public class PublishedRevisions {

    static final Duration LIFETIME = Duration.ofSeconds(1);

    private final SharedCopies<String, Optional<PublishedRevision>> revisions = new SharedCopies<>(10_000, LIFETIME);
    private final AtomicLong changes = new AtomicLong();
    private final Articles articles;
    private final TransactionOperations readOnly;

    PublishedRevisions(Articles articles, PlatformTransactionManager transactions) {
        this.articles = articles;
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        this.readOnly = template;
    }

    public Optional<PublishedRevision> of(String slug) {
        return revisions.get(slug, changes.get(), () -> readOnly.execute(status -> articles.findBySlug(slug)
                .filter(Article::isPublished)
                .map(article -> new PublishedRevision(article.toSummary(), article.revision()))));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void changed(ArticleChanged change) {
        changes.incrementAndGet();
    }
}
