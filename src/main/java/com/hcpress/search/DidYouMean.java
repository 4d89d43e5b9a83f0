package com.hcpress.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * "Did you mean": a known misspelling (索拉菲尼) is always answered with its preferred term
 * (索拉非尼); a query that finds little or nothing, with its words replaced by the nearest known
 * ones, when that finds more. Known words come only from the synonym dictionary and from titles the
 * reader may see, so a suggestion never reveals text of a zone whose gate they have not passed.
 * Edit distances are counted in characters, which suits Chinese drug names better than n-grams.
 */
@Component
class DidYouMean {

    /** "Little or nothing": at most this many hits. */
    static final long FEW = 2;
    private static final int TITLES = 2000;
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9-]{2,}");
    private static final Pattern CHUNK = Pattern.compile("\\S+");

    private final Synonyms synonyms;
    private final SearchIndex index;
    /**
     * Words known per list of titles, the list compared by identity: the index keeps one list per
     * set of zones passed and makes a new one after every write and synonym reload
     * (RememberedQueries), so a vocabulary lives as long as its list and is never stale.
     */
    private final Cache<List<String>, Vocabulary> vocabularies = Caffeine.newBuilder().weakKeys()
            .maximumSize(64).build();

    DidYouMean(Synonyms synonyms, SearchIndex index) {
        this.synonyms = synonyms;
        this.index = index;
    }

    /**
     * @param found how many hits the text found
     * @param count how many hits another text finds, for the same reader and filters
     */
    Optional<String> suggest(String text, ZoneAccess.Split zones, long found, ToLongFunction<String> count) {
        Optional<String> corrected = synonyms.corrected(text);
        if (corrected.isPresent()) {
            return corrected;
        }
        if (found > FEW) {
            return Optional.empty();
        }
        Vocabulary vocabulary = vocabulary(zones);
        StringBuilder suggestion = new StringBuilder();
        boolean changed = false;
        Matcher chunks = CHUNK.matcher(text);
        int at = 0;
        while (chunks.find()) {
            suggestion.append(text, at, chunks.start());
            String chunk = chunks.group();
            String nearest = Scripts.hasChinese(chunk) ? vocabulary.nearestChinese(chunk) : vocabulary.nearestLatin(chunk);
            suggestion.append(nearest);
            changed |= !nearest.equals(chunk);
            at = chunks.end();
        }
        suggestion.append(text.substring(at));
        String candidate = suggestion.toString();
        if (!changed || count.applyAsLong(candidate) <= found) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    private Vocabulary vocabulary(ZoneAccess.Split zones) {
        return vocabularies.get(index.titles(zones, TITLES), this::vocabularyOf);
    }

    private Vocabulary vocabularyOf(List<String> titles) {
        Set<String> latin = new HashSet<>();
        for (String title : titles) {
            if (title != null) {
                Matcher matcher = LATIN_WORD.matcher(title);
                while (matcher.find()) {
                    latin.add(matcher.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        List<String> chinese = new ArrayList<>();
        for (String term : synonyms.preferredTerms().keySet()) {
            if (Scripts.hasChinese(term)) {
                chinese.add(term);
            } else {
                Matcher matcher = LATIN_WORD.matcher(term);
                while (matcher.find()) {
                    latin.add(matcher.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new Vocabulary(latin, chinese);
    }

    private record Vocabulary(Set<String> latin, List<String> chinese) {

        String nearestLatin(String chunk) {
            String word = chunk.toLowerCase(Locale.ROOT);
            int allowed = word.length() < 4 ? 0 : word.length() < 8 ? 1 : 2;
            if (allowed == 0 || latin.contains(word) || !LATIN_WORD.matcher(word).matches()) {
                return chunk;
            }
            String best = null;
            int bestDistance = allowed + 1;
            for (String known : latin) {
                if (Math.abs(known.length() - word.length()) > allowed) {
                    continue;
                }
                int distance = EditDistance.of(word, known);
                if (distance < bestDistance || distance == bestDistance && best != null && known.compareTo(best) < 0) {
                    best = known;
                    bestDistance = distance;
                }
            }
            return best == null ? chunk : best;
        }

        /** A Chinese term of three or more characters one character off, inside the chunk or as all of it. */
        String nearestChinese(String chunk) {
            if (chinese.contains(chunk)) {
                return chunk;
            }
            String best = null;
            int bestAt = -1;
            int bestLength = 0;
            for (String term : chinese) {
                int length = term.length();
                if (length < 3 || containsTerm(chunk, term)) {
                    continue;
                }
                for (int from = 0; from + length <= chunk.length(); from++) {
                    if (EditDistance.of(chunk.substring(from, from + length), term) == 1 && length > bestLength) {
                        best = term;
                        bestAt = from;
                        bestLength = length;
                    }
                }
            }
            if (best == null) {
                return chunk;
            }
            return chunk.substring(0, bestAt) + best + chunk.substring(bestAt + bestLength);
        }

        private static boolean containsTerm(String chunk, String term) {
            return chunk.contains(term);
        }
    }
}
