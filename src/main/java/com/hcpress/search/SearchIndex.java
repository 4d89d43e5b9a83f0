package com.hcpress.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where entries are kept and found: an embedded Lucene index by default, OpenSearch for clusters
 * (both through {@link HibernateSearchIndex}, which differ only in their backend settings).
 */
interface SearchIndex {

    /** Replaces each unit's entries (none: removes it); durable and visible on return. */
    void replace(Map<IndexUnit, List<IndexedEntry>> units);

    /** Adds or overwrites entries in bulk, without waiting; durable and visible after {@link #flush()}. */
    void put(List<IndexedEntry> entries);

    /** Removes every entry whose id is not in {@code kept}: what a rebuild did not write again. */
    void removeAllExcept(Set<String> kept);

    void flush();

    /** Merges the index into few segments, as after a rebuild, so queries read less. */
    void compact();

    IndexHits query(IndexQuery query);

    /** Up to {@code limit} titles of entries a reader with these zones may see (locked zones: articles only). */
    List<String> titles(ZoneAccess.Split zones, int limit);

    /** The years entries are from, newest first, for the year filter. */
    List<Integer> years();

    IndexDigest digest(String kind);

    long size();

    String backendName();

    /** Where answers finished from this index's are kept, dropped whenever this index's are: none by default. */
    default SearchAnswers answers() {
        return SearchAnswers.none();
    }
}
