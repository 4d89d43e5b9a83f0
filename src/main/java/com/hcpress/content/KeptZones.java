package com.hcpress.content;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.shared.cache.CacheRegistry;
import com.hcpress.shared.cache.ChangedInThisTransaction;

/**
 * Every zone, as readers' pages look them up by slug or id on each zone page and search: a handful
 * of rows that change seldom, so kept in one copy. Dropped on every instance when a zone is added or
 * changed ({@link #CHANGES}, announced by the application and, for a change written straight into the
 * database, by a trigger: migration 176), and read again after {@link #LIFETIME} at most (a lost bus
 * drops the copy when it comes back). Editors' checks (a slug already taken) read the table itself.
 */
@Component
class KeptZones {

    /** The cache topic of zone changes; the key is the zone's id, or everything. */
    static final String CHANGES = "zone";
    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final String ALL = "all";

    /** The zones in their order, and the same by slug and by id. */
    record Snapshot(List<ZoneView> ordered, Map<String, ZoneView> bySlug, Map<Long, ZoneView> byId) {

        static Snapshot of(List<ZoneView> ordered) {
            return new Snapshot(List.copyOf(ordered),
                    ordered.stream().collect(Collectors.toUnmodifiableMap(ZoneView::slug, Function.identity())),
                    ordered.stream().collect(Collectors.toUnmodifiableMap(ZoneView::id, Function.identity())));
        }
    }

    private final Zones zones;
    private final TransactionOperations readOnly;
    private final CacheChanges changes;
    private final LoadingCache<String, Snapshot> copy;
    private final ChangedInThisTransaction changedHere = new ChangedInThisTransaction();

    KeptZones(Zones zones, PlatformTransactionManager transactions, CacheChanges changes, CacheRegistry caches) {
        this.zones = zones;
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        this.readOnly = template;
        this.changes = changes;
        this.copy = caches.register("zones", Caffeine.newBuilder().maximumSize(1).expireAfterWrite(LIFETIME)
                .recordStats().build(key -> load()));
        // Zones are few: any change reads them all again.
        changes.subscribe(CHANGES, key -> copy.invalidateAll());
    }

    List<ZoneView> all() {
        return snapshot().ordered();
    }

    Optional<ZoneView> bySlug(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(snapshot().bySlug().get(slug));
    }

    Optional<ZoneView> byId(long id) {
        return Optional.ofNullable(snapshot().byId().get(id));
    }

    /** The kept copy; inside a transaction that changed a zone, the table as that transaction sees it. */
    private Snapshot snapshot() {
        return changedHere.here() ? load() : copy.get(ALL);
    }

    private Snapshot load() {
        return readOnly.execute(status -> Snapshot.of(
                zones.findAllByOrderByPositionAscIdAsc().stream().map(Zone::toView).toList()));
    }

    /** Inside the change's transaction: the other instances hear of it when it commits. */
    @EventListener
    void zoneChanged(ZoneChanged change) {
        changedHere.mark();
        changes.announce(CHANGES, Long.toString(change.zoneId()));
    }
}
