package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.NewZone;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/**
 * Scale benchmark, not part of the build (the name matches no test pattern; it also needs the
 * property below). Writes N generated articles straight into PostgreSQL, as a restored or migrated
 * database would arrive, lets the indexer find the index out of date and rebuild it, then times
 * a fixed query set. Run:
 * <pre>./mvnw test -Dtest=SearchBenchmark -Dhcpress.bench.articles=100000</pre>
 * Figures go to target/search-benchmark.md; see docs/benchmarks.md.
 */
@HcpressIntegrationTest
@EnabledIfSystemProperty(named = "hcpress.bench.articles", matches = "\\d+")
class SearchBenchmark {

    static final List<String> QUERIES = List.of("介入治疗", "肝癌", "肝动脉灌注化疗", "HAIC", "FOLFOX", "Lencioni",
            "hepatocellular", "仑伐替尼", "无进展生存期", "射频消融", "overall survival", "immune checkpoint inhibitors",
            "sorafenib", "portal vein tumour thrombus", "肝移植 复发", "radioembolization");
    static final int ZONES = 4;
    static final int BATCH = 1000;
    static final int WARM_UP_ROUNDS = 10;
    static final int MEASURED_ROUNDS = 30;

    @Value("${hcpress.bench.articles}")
    int articles;
    @Autowired
    ContentEditor editor;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Search search;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    SearchIndex index;
    @Autowired
    UserDetailsService users;
    @Autowired
    SearchProperties properties;
    @Autowired
    Consents consents;

    @Test
    void buildsTheIndexAndAnswersTheQuerySet() throws IOException {
        indexer.awaitIdle(Duration.ofMinutes(5));
        long[] zones = new long[ZONES];
        for (int z = 0; z < ZONES; z++) {
            zones[z] = editor.createZone(new NewZone("bench-zone-" + z, "基准专区 " + z, "Benchmark zone " + z, "", "", 10 + z));
            // A zone is listed, and so searched, once its consent is published.
            consents.publish(DocumentKind.ZONE_CONSENT, zones[z], LocalDate.of(2026, 1, 1), "知情同意书", "Informed consent",
                    "基准测试专区。", "A benchmark zone.");
        }
        long started = System.nanoTime();
        generate(zones);
        double generateSeconds = seconds(started);

        started = System.nanoTime();
        indexer.repairSoon();
        indexer.awaitIdle(Duration.ofHours(3));
        double buildSeconds = seconds(started);
        assertThat(indexer.staleKinds()).isEmpty();

        AccountPrincipal staff = (AccountPrincipal) users.loadUserByUsername(TestUsers.demoEmail("editor"));
        Timings readerPages = time(text -> search.search(staff, new SearchQuery(text, null, null, 1)));
        Timings visitorPages = time(text -> search.search(null, new SearchQuery(text, null, null, 1)));
        Timings secondPages = time(text -> search.search(staff, new SearchQuery(text, null, null, 2)));
        Timings suggestions = time(text -> search.suggest(staff, text.substring(0, Math.max(2, text.length() - 2))));
        String slowest = QUERIES.stream()
                .map(text -> Map.entry(text, time(List.of(text), query -> search.search(staff, new SearchQuery(query, null, null, 1))).p95()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(4)
                .map(entry -> String.format(Locale.ROOT, "%s %.1f ms", entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(", "));

        String report = String.format(Locale.ROOT, """
                | what | figure |
                |---|---|
                | articles generated (plus the demo content) | %,d |
                | index entries (articles + references) | %,d |
                | writing them to PostgreSQL | %.0f s |
                | index build from PostgreSQL (rebuild at start) | %.0f s |
                | index size on disk | %,d MB |
                | results page 1, reader of every zone: p50 / p95 / max | %s |
                | results page 1, visitor (locked titles): p50 / p95 / max | %s |
                | results page 2, reader of every zone: p50 / p95 / max | %s |
                | suggestions (last word unfinished): p50 / p95 / max | %s |
                | slowest queries, results page 1, p95 | %s |
                | load average during the run (1 / 5 / 15 min) | %s |
                """, articles, index.size(), generateSeconds, buildSeconds, sizeOnDisk() / (1024 * 1024),
                readerPages, visitorPages, secondPages, suggestions, slowest, loadAverage());
        System.out.println(report);
        Files.writeString(Path.of("target", "search-benchmark.md"), report);
    }

    private void generate(long[] zones) {
        ArticleGenerator generator = new ArticleGenerator(20260123L);
        for (int from = 0; from < articles; from += BATCH) {
            int size = Math.min(BATCH, articles - from);
            List<Long> ids = jdbc.queryForList("select nextval('article_id_seq') from generate_series(1, ?)", Long.class, size);
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> references = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                ArticleGenerator.GeneratedArticle article = generator.next(from + i);
                long id = ids.get(i);
                rows.add(new Object[] {id, zones[(from + i) % zones.length], article.slug(), article.title(),
                        article.sourceLine(), Date.valueOf(article.publishedOn()), article.bodyMarkdown(),
                        article.bodyHtml(), article.expertName(), article.expertAffiliation()});
                for (ArticleGenerator.Reference reference : article.references()) {
                    references.add(new Object[] {id, reference.number(), reference.authors(), reference.title(),
                            reference.journal(), reference.year(), reference.citation()});
                }
            }
            jdbc.batchUpdate("insert into article (id, zone_id, slug, title, source_line, published_on, body_markdown,"
                    + " body_html, expert_name, expert_affiliation, status, revision)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', 1)", rows);
            jdbc.batchUpdate("insert into article_reference (article_id, number, authors, title, journal, year, citation)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", references);
        }
    }

    private static Timings time(Consumer<String> query) {
        return time(QUERIES, query);
    }

    private static Timings time(List<String> queries, Consumer<String> query) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            queries.forEach(query);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[MEASURED_ROUNDS * queries.size()];
        long[] cpuNanos = new long[nanos.length];
        int at = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (String text : queries) {
                long cpuStarted = threads.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                query.accept(text);
                nanos[at] = System.nanoTime() - started;
                cpuNanos[at++] = threads.getCurrentThreadCpuTime() - cpuStarted;
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        return new Timings(percentile(nanos, 50), percentile(nanos, 95), nanos[nanos.length - 1] / 1e6,
                percentile(cpuNanos, 50), percentile(cpuNanos, 95));
    }

    private static double percentile(long[] sorted, int percent) {
        return sorted[(int) Math.ceil(percent / 100.0 * sorted.length) - 1] / 1e6;
    }

    private static String loadAverage() throws IOException {
        String[] figures = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return figures[0] + " / " + figures[1] + " / " + figures[2] + " on " + Runtime.getRuntime().availableProcessors()
                + " cores";
    }

    private long sizeOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(properties.directory())) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /**
     * Wall-clock figures, and the searching thread's CPU time: on a shared machine the wall clock
     * includes waiting for a core, the CPU time does not (it leaves out PostgreSQL's own work).
     */
    record Timings(double p50, double p95, double max, double cpuP50, double cpuP95) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms (CPU %.1f / %.1f ms)", p50, p95, max, cpuP50, cpuP95);
        }
    }
}
