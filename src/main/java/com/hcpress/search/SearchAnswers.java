package com.hcpress.search;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import com.hcpress.content.ZoneView;

/**
 * The finished part of search answers, the same for every reader who passed the same zones: the
 * hits with their snippets marked, the counts by type, the years and the "did you mean" suggestion.
 * A repeated search then costs a lookup; which zones the reader may see is still decided per
 * request ({@link Search}), and a hit is shown open only to a reader the gate admits now.
 *
 * <p>Dropped with the answers of {@link RememberedQueries} it is made from (every write to the
 * index, every reload of the synonyms, every notice of a write by another instance), which also
 * raises a generation: an answer begun before the drop is never served to a reader who came after
 * it. An answer lives {@link #LIFETIME}: made from index answers up to
 * {@link RememberedQueries#LIFETIME} old, a change no notice told of shows within both added.
 */
final class SearchAnswers {

    static final Duration LIFETIME = RememberedQueries.REFRESH_AFTER;
    static final int MAX_ENTRIES = 2_000;

    private static final SearchAnswers NONE = new SearchAnswers((Cache<Key, Kept>) null);

    /** Null when nothing is kept. */
    private final Cache<Key, Kept> answers;
    private final AtomicLong generation = new AtomicLong();

    SearchAnswers(Ticker ticker) {
        this(Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(LIFETIME).ticker(ticker)
                .recordStats().<Key, Kept>build());
    }

    private SearchAnswers(Cache<Key, Kept> answers) {
        this.answers = answers;
    }

    /** Keeps nothing: for an index whose own answers are not kept, so nothing would drop these. */
    static SearchAnswers none() {
        return NONE;
    }

    /** The kept answers, as the metrics and tests see them. */
    Cache<Key, Kept> cache() {
        return answers;
    }

    /**
     * The kept answer of {@code key}, or one made now, on the reader's thread and outside the
     * cache's lock (the index work beneath is shared by {@link RememberedQueries}).
     */
    Answer answer(Key key, Supplier<Answer> make) {
        if (answers == null) {
            return make.get();
        }
        long arrived = generation.get();
        Kept kept = answers.getIfPresent(key);
        if (kept != null && kept.generation() >= arrived) {
            return kept.answer();
        }
        Answer made = make.get();
        answers.asMap().merge(key, new Kept(arrived, made),
                (old, mine) -> old.generation() > mine.generation() ? old : mine);
        return made;
    }

    void forgetAll() {
        generation.incrementAndGet();
        if (answers != null) {
            answers.invalidateAll();
        }
    }

    /**
     * What an answer depends on besides the index: the text as the reader typed it (stripped; the
     * suggestion keeps its spacing), zone, year and type filters, page, and the zones open and
     * locked to the reader, sorted. Not the language: no part of an answer depends on it. Its hash
     * is worked out once, and zones are compared as arrays.
     */
    static final class Key {

        private final String text;
        private final Long zoneId;
        private final Integer year;
        private final HitType type;
        private final int page;
        private final long[] open;
        private final long[] locked;
        private final int hash;

        Key(String text, Long zoneId, Integer year, HitType type, int page, ZoneAccess.Split zones) {
            this.text = text;
            this.zoneId = zoneId;
            this.year = year;
            this.type = type;
            this.page = page;
            this.open = sorted(zones.open());
            this.locked = sorted(zones.locked());
            this.hash = Objects.hash(text, zoneId, year, type, page, Arrays.hashCode(open), Arrays.hashCode(locked));
        }

        private static long[] sorted(Set<Long> zones) {
            long[] ids = zones.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(ids);
            return ids;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key key) || hash != key.hash) {
                return false;
            }
            return page == key.page && type == key.type && text.equals(key.text) && Objects.equals(zoneId, key.zoneId)
                    && Objects.equals(year, key.year) && Arrays.equals(open, key.open)
                    && Arrays.equals(locked, key.locked);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "Key[" + text + ", zone " + zoneId + ", year " + year + ", " + type + ", page " + page + ", open "
                    + Arrays.toString(open) + ", locked " + Arrays.toString(locked) + "]";
        }
    }

    /** A search answer without its reader: {@link Search} adds the zones and decides what is open. */
    record Answer(List<Hit> hits, long total, boolean totalExact, int pageCount, List<Integer> years,
                  Map<HitType, Long> typeCounts, Set<HitType> typeCountsAtLeast, String didYouMean) {

        Answer {
            hits = List.copyOf(hits);
            years = List.copyOf(years);
            typeCounts = Map.copyOf(typeCounts);
            typeCountsAtLeast = Set.copyOf(typeCountsAtLeast);
        }
    }

    /**
     * A hit with its title and snippet marked. {@code snippet} is null for a hit found in a zone
     * locked to the readers of this answer, and when the hit has no prose to show.
     */
    record Hit(HitType type, Snippet title, String url, Snippet snippet, String context, long zoneId, Integer year,
               boolean open) {

        /** Open only when the answer was made open and the gate admits this reader now. */
        SearchHit shown(ZoneView zone, boolean admitted) {
            if (!open || !admitted) {
                return new SearchHit(type, title, url, null, null, zone, year, true);
            }
            return new SearchHit(type, title, url, snippet, context, zone, year, false);
        }
    }

    /** An answer, and the generation of drops when it was begun. */
    record Kept(long generation, Answer answer) {
    }
}
