package com.hcpress.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchResultTotal;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/** {@link SearchIndex} on a Hibernate Search mapping, whichever backend it was built with. */
final class HibernateSearchIndex implements SearchIndex {

    private static final String TITLE_HIGHLIGHTER = "title";
    private static final String PROSE_HIGHLIGHTER = "prose";
    /**
     * Where nothing matched, the unified highlighter returns the field's first sentence, however long
     * (it cannot cut it: a smaller size is ignored with a warning on each query); only its start is
     * ever shown, so only this much of it is kept, more than {@code Search} shows.
     */
    private static final int UNMATCHED_KEPT = 400;
    private static final int MAX_TITLE_LENGTH = 1000;
    private static final int MAX_YEARS = 100;
    private static final Set<SimpleQueryFlag> QUERY_SYNTAX = Set.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE,
            SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.ESCAPE);
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");
    private static final AggregationKey<Long> KEY_SUM = AggregationKey.of("keySum");
    private static final AggregationKey<Long> STAMP_SUM = AggregationKey.of("stampSum");
    /**
     * At equal match strength an article ranks above a study card, and a study card above a
     * reference: each kind's text score is multiplied by its weight. The weights are large because a
     * short reference title that matches a synonym of several words ("hepatic arterial infusion
     * chemotherapy" for HAIC) scores the sum of those words, several times a one-word match.
     */
    private static final Map<HitType, Float> TYPE_WEIGHTS = Map.of(HitType.ARTICLE, 6f, HitType.STUDY, 2f,
            HitType.REFERENCE, 1f);

    /**
     * Title, then summary, then body, then the rest (authors, journals, credits). The body's opening
     * is searched only so that the highlighter, which marks the words a query asks of a field, finds
     * them in it; it repeats the body, so its weight is too small to change an order.
     */
    private static final Map<String, Float> FIELD_WEIGHTS = Map.of("title", 4f, "summary", 3f, "body", 2f, "extra", 1f,
            "opening", 0.01f);

    private static final Duration YEARS_KEPT_FOR = Duration.ofMinutes(1);
    /**
     * Counting stops here, in all and for each type, so a common word does not make Lucene visit
     * every match; pages stop sooner.
     */
    private static final int COUNT_UP_TO = 1000;

    private final SearchMapping mapping;
    private final String backendName;
    private volatile CachedYears years;

    HibernateSearchIndex(SearchMapping mapping, String backendName) {
        this.mapping = mapping;
        this.backendName = backendName;
    }

    @Override
    public void replace(Map<IndexUnit, List<IndexedEntry>> units) {
        try (SearchSession session = session(IndexingPlanSynchronizationStrategy.sync())) {
            units.forEach((unit, entries) -> {
                Set<String> ids = new HashSet<>();
                entries.forEach(entry -> ids.add(entry.id()));
                for (String existing : idsOf(session, unit)) {
                    if (!ids.contains(existing)) {
                        session.indexingPlan().purge(IndexedEntry.class, existing, null);
                    }
                }
                entries.forEach(session.indexingPlan()::addOrUpdate);
            });
        }
        years = null;
    }

    @Override
    public void put(List<IndexedEntry> entries) {
        try (SearchSession session = session(IndexingPlanSynchronizationStrategy.async())) {
            entries.forEach(session.indexingPlan()::addOrUpdate);
        }
    }

    @Override
    public void removeAllExcept(Set<String> kept) {
        try (SearchSession session = session(IndexingPlanSynchronizationStrategy.async());
             SearchScroll<String> scroll = session.search(IndexedEntry.class)
                     .select(f -> f.id(String.class)).where(f -> f.matchAll()).scroll(1000)) {
            for (SearchScrollResult<String> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                for (String id : chunk.hits()) {
                    if (!kept.contains(id)) {
                        session.indexingPlan().purge(IndexedEntry.class, id, null);
                    }
                }
            }
        }
    }

    @Override
    public void flush() {
        try (SearchSession session = mapping.createSession()) {
            session.workspace(IndexedEntry.class).flush();
            session.workspace(IndexedEntry.class).refresh();
        }
        years = null;
    }

    @Override
    public void compact() {
        try (SearchSession session = mapping.createSession()) {
            session.workspace(IndexedEntry.class).mergeSegments();
        }
    }

    @Override
    public IndexHits query(IndexQuery query) {
        try (SearchSession session = mapping.createSession()) {
            if (query.purpose() == IndexQuery.Purpose.SUGGESTIONS) {
                SearchResult<IndexHit> result = session.search(IndexedEntry.class)
                        .select(f -> hitProjection(f, false))
                        .where(f -> predicate(f, query))
                        .sort(f -> f.score().then().field("year").desc().missing().last())
                        .totalHitCountThreshold(COUNT_UP_TO)
                        .fetch(query.offset(), query.limit());
                return new IndexHits(result.hits(), result.total().hitCountLowerBound(), result.total().isHitCountExact(),
                        Map.of());
            }
            SearchResult<IndexHit> result = session.search(IndexedEntry.class)
                    .select(f -> hitProjection(f, true))
                    .where(f -> predicate(f, query))
                    .sort(f -> f.score().then().field("year").desc().missing().last())
                    // The unified highlighter understands the phrase and span queries synonyms make; its
                    // fragments are whole sentences, which Search shortens around the first match.
                    .highlighter(PROSE_HIGHLIGHTER, f -> f.unified().tag(HighlightMarks.START, HighlightMarks.END)
                            .numberOfFragments(1).orderByScore(true)
                            .noMatchSize(Integer.MAX_VALUE).boundaryScanner().sentence().end())
                    // Titles whole: the plain highlighter also understands span queries, and keeps one fragment.
                    .highlighter(TITLE_HIGHLIGHTER, f -> f.plain()
                            .tag(HighlightMarks.START, HighlightMarks.END)
                            .fragmentSize(MAX_TITLE_LENGTH).numberOfFragments(1).noMatchSize(MAX_TITLE_LENGTH))
                    .totalHitCountThreshold(COUNT_UP_TO)
                    .fetch(query.offset(), query.limit());
            Map<HitType, Long> types = new EnumMap<>(HitType.class);
            Set<HitType> atLeast = EnumSet.noneOf(HitType.class);
            for (HitType type : HitType.values()) {
                SearchResultTotal total = query.type() == type ? result.total() : countOf(session, query, type);
                if (total.hitCountLowerBound() > 0) {
                    types.put(type, Math.min(total.hitCountLowerBound(), COUNT_UP_TO));
                }
                if (!total.isHitCountExact() || total.hitCountLowerBound() > COUNT_UP_TO) {
                    atLeast.add(type);
                }
            }
            return new IndexHits(result.hits(), result.total().hitCountLowerBound(), result.total().isHitCountExact(),
                    types, atLeast);
        }
    }

    /**
     * How many of one type match, counted up to {@link #COUNT_UP_TO}: a terms aggregation would
     * visit every match. Asking for one hit lets Lucene stop counting at the threshold (asking for
     * none counts them all).
     */
    private static SearchResultTotal countOf(SearchSession session, IndexQuery query, HitType type) {
        IndexQuery ofType = query.withType(type);
        return session.search(IndexedEntry.class)
                .select(f -> f.score())
                .where(f -> predicate(f, ofType))
                .totalHitCountThreshold(COUNT_UP_TO)
                .fetch(1)
                .total();
    }

    /** Titles of the entries a query on {@code zones} may show, for "did you mean". */
    @Override
    public List<String> titles(ZoneAccess.Split zones, int limit) {
        if (zones.open().isEmpty() && zones.locked().isEmpty()) {
            return List.of();
        }
        try (SearchSession session = mapping.createSession()) {
            return session.search(IndexedEntry.class)
                    .select(f -> f.field("title", String.class))
                    .where(f -> {
                        var visible = f.or();
                        if (!zones.open().isEmpty()) {
                            visible.add(inZones(f, zones.open()));
                        }
                        if (!zones.locked().isEmpty()) {
                            visible.add(f.and(inZones(f, zones.locked()), f.match().field("type").matching(HitType.ARTICLE)));
                        }
                        return visible;
                    })
                    .fetchHits(limit);
        }
    }

    /** Cached for a minute: years change rarely, and counting them over every match would cost each query. */
    @Override
    public List<Integer> years() {
        CachedYears cached = years;
        if (cached == null || cached.at().isBefore(Instant.now().minus(YEARS_KEPT_FOR))) {
            try (SearchSession session = mapping.createSession()) {
                Map<Integer, Long> counted = session.search(IndexedEntry.class)
                        .where(f -> f.matchAll())
                        .aggregation(YEARS, f -> f.terms().field("year", Integer.class).maxTermCount(MAX_YEARS))
                        .fetch(0).aggregation(YEARS);
                cached = new CachedYears(Instant.now(), counted.keySet().stream().sorted(Comparator.reverseOrder()).toList());
                years = cached;
            }
        }
        return cached.years();
    }

    private record CachedYears(Instant at, List<Integer> years) {
    }

    private static ProjectionFinalStep<IndexHit> hitProjection(SearchProjectionFactory<?, ?> f, boolean withSnippets) {
        return f.composite()
                .from(f.id(String.class).toProjection(),
                        f.field("type", HitType.class).toProjection(),
                        f.field("zoneId", Long.class).toProjection(),
                        f.field("title", String.class).toProjection(),
                        withSnippets ? f.highlight("title").highlighter(TITLE_HIGHLIGHTER).toProjection()
                                : f.constant(List.of()).toProjection(),
                        withSnippets ? f.highlight("summary").highlighter(PROSE_HIGHLIGHTER).toProjection()
                                : f.constant(List.of()).toProjection(),
                        withSnippets ? f.highlight("opening").highlighter(PROSE_HIGHLIGHTER).toProjection()
                                : f.constant(List.of()).toProjection(),
                        f.field("summary", String.class).toProjection(),
                        f.field("url", String.class).toProjection(),
                        f.field("context", String.class).toProjection(),
                        f.field("year", Integer.class).toProjection())
                .asList(HibernateSearchIndex::toHit);
    }

    @SuppressWarnings("unchecked")
    private static IndexHit toHit(List<?> values) {
        return new IndexHit((String) values.get(0), (HitType) values.get(1), (Long) values.get(2),
                (String) values.get(3), first((List<String>) values.get(4)), prose((List<String>) values.get(5)),
                prose((List<String>) values.get(6)), (String) values.get(7), (String) values.get(8),
                (String) values.get(9), (Integer) values.get(10));
    }

    private static String first(List<String> fragments) {
        return fragments.isEmpty() ? null : fragments.get(0);
    }

    private static String prose(List<String> fragments) {
        String fragment = first(fragments);
        if (fragment == null || fragment.length() <= UNMATCHED_KEPT || fragment.indexOf(HighlightMarks.START) >= 0) {
            return fragment;
        }
        return fragment.substring(0, Character.isHighSurrogate(fragment.charAt(UNMATCHED_KEPT - 1))
                ? UNMATCHED_KEPT - 1 : UNMATCHED_KEPT);
    }

    private static PredicateFinalStep predicate(SearchPredicateFactory f, IndexQuery query) {
        boolean lockedMayMatch = query.type() == null || query.type() == HitType.ARTICLE;
        if (query.openZones().isEmpty() && (query.lockedZones().isEmpty() || !lockedMayMatch)) {
            return f.matchNone();
        }
        var visible = f.or();
        if (!query.openZones().isEmpty()) {
            for (HitType type : HitType.values()) {
                if (query.type() != null && query.type() != type) {
                    continue;
                }
                visible.add(f.bool().must(text(f, query, "title", "summary", "body", "extra", "opening"))
                        .filter(inZones(f, query.openZones()))
                        .filter(f.match().field("type").matching(type))
                        .boost(TYPE_WEIGHTS.get(type)));
            }
        }
        if (!query.lockedZones().isEmpty() && lockedMayMatch) {
            visible.add(f.bool().must(text(f, query, "title"))
                    .filter(inZones(f, query.lockedZones()))
                    .filter(f.match().field("type").matching(HitType.ARTICLE))
                    .boost(TYPE_WEIGHTS.get(HitType.ARTICLE)));
        }
        var all = f.bool().must(visible);
        if (query.zoneId() != null) {
            all.filter(f.match().field("zoneId").matching(query.zoneId()));
        }
        if (query.year() != null) {
            all.filter(f.match().field("year").matching(query.year()));
        }
        if (query.type() != null) {
            all.filter(f.match().field("type").matching(query.type()));
        }
        return all;
    }

    private static PredicateFinalStep inZones(SearchPredicateFactory f, Set<Long> zones) {
        return f.terms().field("zoneId").matchingAny(new ArrayList<>(zones));
    }

    private static PredicateFinalStep text(SearchPredicateFactory f, IndexQuery query, String titleField,
                                           String... others) {
        PredicateFinalStep whole = text(f, query.text(), titleField, others);
        if (query.purpose() != IndexQuery.Purpose.SUGGESTIONS) {
            return whole;
        }
        return UnfinishedWord.asPrefix(query.text())
                .<PredicateFinalStep>map(prefixed -> f.or(whole, text(f, prefixed, titleField, others)))
                .orElse(whole);
    }

    private static PredicateFinalStep text(SearchPredicateFactory f, String text, String titleField,
                                           String... others) {
        var fields = f.simpleQueryString().field(titleField).boost(FIELD_WEIGHTS.get(titleField));
        for (String other : others) {
            fields = fields.field(other).boost(FIELD_WEIGHTS.get(other));
        }
        return fields.matching(text)
                .defaultOperator(BooleanOperator.AND)
                .flags(QUERY_SYNTAX);
    }

    @Override
    public IndexDigest digest(String kind) {
        try (SearchSession session = mapping.createSession()) {
            SearchResult<?> result = session.search(IndexedEntry.class)
                    .where(f -> f.and(f.match().field("kind").matching(kind), f.exists().field("digestKey")))
                    .aggregation(KEY_SUM, f -> f.sum().field("digestKey", Long.class))
                    .aggregation(STAMP_SUM, f -> f.sum().field("stamp", Long.class))
                    .fetch(0);
            return new IndexDigest(result.total().hitCount(), orZero(result.aggregation(KEY_SUM)),
                    orZero(result.aggregation(STAMP_SUM)));
        }
    }

    @Override
    public long size() {
        try (SearchSession session = mapping.createSession()) {
            return session.search(IndexedEntry.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    @Override
    public String backendName() {
        return backendName;
    }

    private SearchSession session(IndexingPlanSynchronizationStrategy strategy) {
        return mapping.createSessionWithOptions().indexingPlanSynchronizationStrategy(strategy).build();
    }

    private static List<String> idsOf(SearchSession session, IndexUnit unit) {
        return session.search(IndexedEntry.class)
                .select(f -> f.id(String.class))
                .where(f -> f.match().field("unit").matching(unit.key()))
                .fetchAllHits();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
