package com.hcpress.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The index, with the answers to recent queries kept for {@link #LIFETIME}: the same words asked
 * by readers who passed the same zones get the same hits, and highlighting ten hits over bodies of
 * up to 150 KB is most of a search's cost. The key is the whole {@link IndexQuery}: text (as
 * {@code Search} made it, at most 200 characters), the zones open and locked to the reader, filters,
 * page and purpose, so a reader only ever gets hits computed for the zones they passed. Every
 * write through this instance, and every reload of the synonyms, drops every answer; a write through another instance to a shared
 * backend (OpenSearch), or indexing still under way, shows within the lifetime.
 */
final class RememberedQueries implements SearchIndex {

    static final Duration LIFETIME = Duration.ofSeconds(30);
    static final int MAX_ENTRIES = 2_000;

    private final SearchIndex index;
    private final Cache<IndexQuery, IndexHits> answers = Caffeine.newBuilder().maximumSize(MAX_ENTRIES)
            .expireAfterWrite(LIFETIME).recordStats().build();

    RememberedQueries(SearchIndex index) {
        this.index = index;
    }

    Cache<IndexQuery, IndexHits> cache() {
        return answers;
    }

    void forgetAll() {
        answers.invalidateAll();
    }

    @Override
    public IndexHits query(IndexQuery query) {
        return answers.get(query, index::query);
    }

    @Override
    public void replace(Map<IndexUnit, List<IndexedEntry>> units) {
        try {
            index.replace(units);
        } finally {
            answers.invalidateAll();
        }
    }

    @Override
    public void put(List<IndexedEntry> entries) {
        try {
            index.put(entries);
        } finally {
            answers.invalidateAll();
        }
    }

    @Override
    public void removeAllExcept(Set<String> kept) {
        try {
            index.removeAllExcept(kept);
        } finally {
            answers.invalidateAll();
        }
    }

    @Override
    public void flush() {
        try {
            index.flush();
        } finally {
            answers.invalidateAll();
        }
    }

    @Override
    public void compact() {
        index.compact();
    }

    @Override
    public List<String> titles(ZoneAccess.Split zones, int limit) {
        return index.titles(zones, limit);
    }

    @Override
    public List<Integer> years() {
        return index.years();
    }

    @Override
    public IndexDigest digest(String kind) {
        return index.digest(kind);
    }

    @Override
    public long size() {
        return index.size();
    }

    @Override
    public String backendName() {
        return index.backendName();
    }
}
