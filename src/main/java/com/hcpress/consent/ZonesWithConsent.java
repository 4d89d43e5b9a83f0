package com.hcpress.consent;

import java.time.Duration;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.shared.cache.CacheRegistry;
import com.hcpress.shared.cache.ChangedInThisTransaction;

/**
 * Which zones have a published informed consent (any version): the zones readers are shown in
 * search and on the home page. Asked on every search, changed only when a document is published,
 * so kept in one copy: dropped on every instance when a legal document is published
 * ({@link #CHANGES}, announced by the application and, for a change written straight into the
 * database, by a trigger: migration 176), and read again after {@link #LIFETIME} at most. Whether a
 * reader may read a zone is the gate's to say, never this copy's.
 */
@Component
public class ZonesWithConsent {

    /** The cache topic of legal document changes; the key is the document's id, or everything. */
    static final String CHANGES = "legal-document";
    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final String ALL = "all";

    private final JdbcClient jdbc;
    private final CacheChanges changes;
    private final LoadingCache<String, Set<Long>> copy;
    private final ChangedInThisTransaction changedHere = new ChangedInThisTransaction();

    ZonesWithConsent(JdbcClient jdbc, CacheChanges changes, CacheRegistry caches) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.copy = caches.register("zones-with-consent", Caffeine.newBuilder().maximumSize(1)
                .expireAfterWrite(LIFETIME).recordStats().build(key -> load()));
        changes.subscribe(CHANGES, key -> copy.invalidateAll());
    }

    /** The ids of the zones with a published informed consent. */
    public Set<Long> ids() {
        // Inside the transaction that published a document, as that transaction sees it.
        return changedHere.here() ? load() : copy.get(ALL);
    }

    /** Read without a transaction of its own: one statement. */
    Set<Long> load() {
        return Set.copyOf(jdbc.sql("select distinct zone_id from legal_document where kind = ? and zone_id is not null")
                .param(DocumentKind.ZONE_CONSENT.name()).query(Long.class).list());
    }

    /** Inside the publishing transaction: the other instances hear of it when it commits. */
    @EventListener
    void published(DocumentPublished document) {
        changedHere.mark();
        changes.announce(CHANGES, Long.toString(document.documentId()));
    }
}
