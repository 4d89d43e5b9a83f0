package com.hcpress.search;

import java.lang.invoke.MethodHandles;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;

/**
 * One searchable document. A unit (an article with its references) is replaced as a whole; its
 * root entry carries the digest key and stamp that tell whether the index matches the database.
 */
@SearchEntity(name = "entry")
@Indexed(index = IndexedEntry.INDEX)
final class IndexedEntry {

    /** Bump the version when fields or analysis change: a new, empty index is then built from PostgreSQL. */
    static final String INDEX = "hcpress-entries-v3";
    /**
     * How much of the body snippets are taken from: reading the term vectors of a whole body (up to
     * 150 KB) for each hit was most of a search's cost, those of its opening are a few KB.
     */
    static final int OPENING_LENGTH = 4_000;
    static final String ANALYZER = "hcpress_text";
    /** Analyses queries: {@link #ANALYZER} with the synonyms, which can change without reindexing. */
    static final String QUERY_ANALYZER = "hcpress_query";

    @DocumentId
    private final String id;
    @KeywordField
    private final String unit;
    @KeywordField
    private final String kind;
    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private final HitType type;
    @GenericField(projectable = Projectable.YES)
    private final long zoneId;
    @FullTextField(analyzer = ANALYZER, searchAnalyzer = QUERY_ANALYZER, projectable = Projectable.YES,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    private final String title;
    @FullTextField(analyzer = ANALYZER, searchAnalyzer = QUERY_ANALYZER, projectable = Projectable.YES,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    private final String summary;
    /** Searched whole, never shown: snippets come from {@link #opening}. */
    @FullTextField(analyzer = ANALYZER, searchAnalyzer = QUERY_ANALYZER)
    private final String body;
    /** The body's first {@link #OPENING_LENGTH} characters, cut at a line's end: what snippets highlight. */
    @FullTextField(analyzer = ANALYZER, searchAnalyzer = QUERY_ANALYZER, projectable = Projectable.YES,
            termVector = TermVector.WITH_POSITIONS_OFFSETS)
    private final String opening;
    @FullTextField(analyzer = ANALYZER, searchAnalyzer = QUERY_ANALYZER)
    private final String extra;
    @GenericField(projectable = Projectable.YES, aggregable = Aggregable.YES, sortable = Sortable.YES)
    private final Integer year;
    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    private final String url;
    @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
    private final String context;
    @GenericField(aggregable = Aggregable.YES)
    private final Long digestKey;
    @GenericField(aggregable = Aggregable.YES)
    private final Long stamp;

    private IndexedEntry(Builder builder) {
        this.id = builder.id;
        this.unit = builder.unit.key();
        this.kind = builder.unit.kind();
        this.type = builder.type;
        this.zoneId = builder.zoneId;
        this.title = HighlightMarks.strip(builder.title);
        this.summary = HighlightMarks.strip(builder.summary);
        this.body = HighlightMarks.strip(builder.body);
        this.opening = opening(this.body);
        this.extra = builder.extra;
        this.year = builder.year;
        this.url = builder.url;
        this.context = builder.context;
        this.digestKey = builder.digestKey;
        this.stamp = builder.stamp;
    }

    /** The whole body when short; else its start up to the last line's end that fits (or a whole code point). */
    static String opening(String body) {
        if (body == null || body.length() <= OPENING_LENGTH) {
            return body;
        }
        int lineEnd = body.lastIndexOf('\n', OPENING_LENGTH);
        if (lineEnd >= OPENING_LENGTH / 2) {
            return body.substring(0, lineEnd);
        }
        int end = Character.isLowSurrogate(body.charAt(OPENING_LENGTH)) ? OPENING_LENGTH - 1 : OPENING_LENGTH;
        return body.substring(0, end);
    }

    /** Lets Hibernate Search read the private fields of this package-private class. */
    static MethodHandles.Lookup lookup() {
        return MethodHandles.lookup();
    }

    static Builder of(IndexUnit unit, String id, HitType type) {
        return new Builder(unit, id, type);
    }

    String id() {
        return id;
    }

    String unit() {
        return unit;
    }

    String title() {
        return title;
    }

    String summary() {
        return summary;
    }

    String body() {
        return body;
    }

    String opening() {
        return opening;
    }

    HitType type() {
        return type;
    }

    long zoneId() {
        return zoneId;
    }

    String url() {
        return url;
    }

    long digestKey() {
        return digestKey == null ? 0 : digestKey;
    }

    long stamp() {
        return stamp == null ? 0 : stamp;
    }

    static final class Builder {

        private final IndexUnit unit;
        private final String id;
        private final HitType type;
        private long zoneId;
        private String title;
        private String summary;
        private String body;
        private String extra;
        private Integer year;
        private String url;
        private String context;
        private Long digestKey;
        private Long stamp;

        private Builder(IndexUnit unit, String id, HitType type) {
            this.unit = unit;
            this.id = id;
            this.type = type;
        }

        Builder zone(long zoneId) {
            this.zoneId = zoneId;
            return this;
        }

        Builder title(String title) {
            this.title = title;
            return this;
        }

        /** What the entry says in a few sentences of prose: weighs more than the body, and is a study's snippet. */
        Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        Builder body(String body) {
            this.body = body;
            return this;
        }

        /** Searchable, never shown: names, credits, journals. */
        Builder extra(String extra) {
            this.extra = extra;
            return this;
        }

        Builder year(Integer year) {
            this.year = year;
            return this;
        }

        Builder url(String url) {
            this.url = url;
            return this;
        }

        /** Shown with the hit, e.g. the article a reference belongs to. */
        Builder context(String context) {
            this.context = context;
            return this;
        }

        /** Marks the unit's root entry: what the index digest counts and sums. */
        Builder root(long digestKey, long stamp) {
            this.digestKey = digestKey;
            this.stamp = stamp;
            return this;
        }

        IndexedEntry build() {
            return new IndexedEntry(this);
        }
    }
}
