package com.hcpress.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The synonyms search applies at query time: the shipped dictionary plus the groups editors added.
 * Each instance polls the version row and reloads when it moved: the Lucene query analyzer is
 * replaced in place and, with OpenSearch, the cluster's search analyzer is brought in line. Until
 * then (one poll interval) an instance answers with the synonyms it had.
 */
@Component
class Synonyms implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Synonyms.class);

    private final JdbcClient jdbc;
    private final List<SynonymGroup> shipped = SynonymFile.groups();
    private final SynonymAnalyzer analyzer;
    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-synonyms");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Loaded loaded;
    private boolean listenersPending;

    @org.springframework.beans.factory.annotation.Autowired
    Synonyms(JdbcClient jdbc, @Value("${hcpress.search.synonyms-poll-interval:5s}") Duration poll) {
        this.jdbc = jdbc;
        this.loaded = load();
        this.analyzer = new SynonymAnalyzer(loaded.groups());
        if (!poll.isZero() && !poll.isNegative()) {
            timer.scheduleWithFixedDelay(this::refreshQuietly, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The shipped dictionary alone, without the database: for tests of the index on its own. */
    static Synonyms shippedOnly() {
        return new Synonyms(null, Duration.ZERO);
    }

    SynonymAnalyzer analyzer() {
        return analyzer;
    }

    List<SynonymGroup> groups() {
        return loaded.groups();
    }

    int shippedCount() {
        return shipped.size();
    }

    long version() {
        return loaded.version();
    }

    /** Runs after each reload, e.g. to update the cluster's analyzer. */
    void onReload(Runnable listener) {
        listeners.add(listener);
    }

    /** Reloads when the version row moved since the last load; answers whether it did. */
    synchronized boolean refresh() {
        long version = currentVersion();
        if (version != loaded.version()) {
            Loaded fresh = load();
            analyzer.replace(fresh.groups());
            loaded = fresh;
            listenersPending = true;
        }
        if (!listenersPending) {
            return false;
        }
        // A listener that failed (the cluster was unreachable) is run again at the next poll.
        for (Runnable listener : listeners) {
            listener.run();
        }
        listenersPending = false;
        return true;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not reload the search synonyms; trying again at the next poll", e);
        }
    }

    /**
     * The query with every dictionary term in it quoted, so that a term of several words reaches the
     * analyzer whole (the query syntax splits at spaces) and each way of writing a concept is searched
     * the same way. Text that already has quotes is the reader's own syntax and stays as it is.
     */
    String delimitTerms(String text) {
        if (text.indexOf('"') >= 0) {
            return text;
        }
        Map<Character, List<String>> byFirst = loaded.termsByFirstCharacter();
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            String term = longestTermAt(lower, at, byFirst.getOrDefault(lower.charAt(at), List.of()));
            if (term == null) {
                out.append(text.charAt(at));
                at++;
            } else {
                out.append('"').append(text, at, at + term.length()).append('"');
                at += term.length();
            }
        }
        return out.toString();
    }

    private static String longestTermAt(String lower, int at, List<String> candidates) {
        if (at > 0 && Scripts.isWordCharacter(lower.charAt(at - 1)) && Scripts.isWordCharacter(lower.charAt(at))) {
            return null;
        }
        for (String term : candidates) {
            int end = at + term.length();
            if (lower.startsWith(term, at)
                    && (end == lower.length() || !Scripts.isWordCharacter(lower.charAt(end))
                    || !Scripts.isWordCharacter(lower.charAt(end - 1)))) {
                return term;
            }
        }
        return null;
    }

    /** The query with each known misspelling replaced by its group's preferred term, if it has any. */
    Optional<String> corrected(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        int at = 0;
        while (at < text.length()) {
            String misspelling = longestTermAt(lower, at,
                    loaded.misspellingsByFirstCharacter().getOrDefault(lower.charAt(at), List.of()));
            if (misspelling == null) {
                out.append(text.charAt(at));
                at++;
            } else {
                out.append(loaded.corrections().get(misspelling));
                at += misspelling.length();
                changed = true;
            }
        }
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    /** Every term and its preferred form in the same script: what "did you mean" may offer. */
    Map<String, String> preferredTerms() {
        return loaded.preferred();
    }

    private long currentVersion() {
        if (jdbc == null) {
            return 0;
        }
        return jdbc.sql("select version from search_synonym_version where id = 1").query(Long.class).single();
    }

    private Loaded load() {
        long version = currentVersion();
        List<SynonymGroup> groups = new ArrayList<>(shipped);
        if (jdbc == null) {
            return Loaded.of(version, groups);
        }
        jdbc.sql("select id, terms from search_synonym_group order by id")
                .query((row, number) -> new SynonymGroup("editor-" + row.getLong("id"),
                        EditorSynonymGroup.termsOf(row.getString("terms")), List.of()))
                .list().forEach(groups::add);
        return Loaded.of(version, groups);
    }

    @Override
    public void destroy() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(10, TimeUnit.SECONDS);
    }

    private record Loaded(long version, List<SynonymGroup> groups, Map<Character, List<String>> termsByFirstCharacter,
                          Map<Character, List<String>> misspellingsByFirstCharacter, Map<String, String> corrections,
                          Map<String, String> preferred) {

        static Loaded of(long version, List<SynonymGroup> groups) {
            Map<String, String> corrections = new HashMap<>();
            Map<String, String> preferred = new HashMap<>();
            for (SynonymGroup group : groups) {
                for (String misspelling : group.misspellings()) {
                    group.preferredLike(misspelling).ifPresent(term -> corrections.put(misspelling.toLowerCase(Locale.ROOT), term));
                }
                for (String term : group.terms()) {
                    preferred.put(term, group.preferredLike(term).orElse(term));
                }
            }
            return new Loaded(version, List.copyOf(groups),
                    byFirstCharacter(groups.stream().flatMap(group -> group.allTerms().stream())),
                    byFirstCharacter(corrections.keySet().stream()), Map.copyOf(corrections), Map.copyOf(preferred));
        }

        private static Map<Character, List<String>> byFirstCharacter(Stream<String> terms) {
            Map<Character, List<String>> index = new HashMap<>();
            terms.map(term -> term.toLowerCase(Locale.ROOT)).distinct()
                    .forEach(term -> index.computeIfAbsent(term.charAt(0), c -> new ArrayList<>()).add(term));
            index.values().forEach(list -> list.sort(Comparator.comparingInt(String::length).reversed()));
            return index;
        }
    }
}
