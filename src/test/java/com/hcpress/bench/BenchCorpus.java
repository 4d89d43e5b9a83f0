package com.hcpress.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.HcpressApplication;
import com.hcpress.account.AccountRegistry;
import com.hcpress.comment.CommentImports;
import com.hcpress.consent.Consents;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.gate.Gate;
import com.hcpress.questionnaire.Questionnaires;
import com.hcpress.verification.Verifications;

/**
 * Builds the traffic benchmark's corpus and exits: starts HCPress on the given data directory (a
 * fresh embedded database gets the demo content first), then writes zones, readers, articles and
 * comments through the application's services, waits until the search index has taken every
 * article, and lists what it made for {@code bench/mix.sh} in {@code --hcpress.bench.out}:
 * {@code articles.tsv} (popularity rank, slug, zone, body bytes, top-level comments),
 * {@code readers.txt}, {@code sessions.txt} (each reader's session cookie, same order) and
 * {@code zones.txt}.
 *
 * <pre>
 * ./mvnw -q -Pbench-corpus test-compile exec:exec -Dbench.args="--hcpress.data-dir=DIR
 *     --hcpress.bench.articles=2000 --hcpress.bench.readers=5000 --hcpress.bench.out=DIR"
 * </pre>
 *
 * With {@code --hcpress.bench.sessions-only=true} it only signs the listed readers in again; with
 * {@code --hcpress.bench.list-only=true} it lists the articles of a build that was stopped.
 */
public final class BenchCorpus {

    private static final long SEED = 20261205L;
    private static final int BATCH = 50;
    private static final Duration INDEX_LIMIT = Duration.ofMinutes(30);

    private BenchCorpus() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        // The services need the whole application, but nothing is served: a free loopback port.
        arguments.addAll(List.of("--server.address=127.0.0.1", "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        ConfigurableApplicationContext context = SpringApplication.run(HcpressApplication.class,
                arguments.toArray(String[]::new));
        int status = 0;
        try {
            build(context);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private static void build(ConfigurableApplicationContext context) throws IOException, InterruptedException {
        Environment environment = context.getEnvironment();
        int articleCount = environment.getRequiredProperty("hcpress.bench.articles", Integer.class);
        int readerCount = environment.getRequiredProperty("hcpress.bench.readers", Integer.class);
        String password = environment.getProperty("hcpress.bench.password", "bench-reader-passphrase");
        Path out = Path.of(environment.getRequiredProperty("hcpress.bench.out"));
        Files.createDirectories(out);
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        ContentEditor editor = context.getBean(ContentEditor.class);
        ContentCatalog catalog = context.getBean(ContentCatalog.class);
        long started = System.nanoTime();
        if (environment.getProperty("hcpress.bench.list-only", Boolean.class, false)) {
            listStopped(context.getBean(JdbcClient.class), out, started);
            return;
        }
        if (environment.getProperty("hcpress.bench.sessions-only", Boolean.class, false)) {
            // Sessions again for an existing corpus (they live a day): the readers are already there.
            writeSessions(context, out, Files.readAllLines(out.resolve("readers.txt"), StandardCharsets.UTF_8), started);
            return;
        }

        List<BenchZones.BenchZone> zones = transactions.execute(tx -> BenchZones.create(editor, catalog,
                context.getBean(Consents.class), context.getBean(Questionnaires.class)));
        write(out.resolve("zones.txt"), zones.stream().map(BenchZones.BenchZone::slug).toList());
        write(out.resolve("planned-articles.txt"), List.of(String.valueOf(articleCount)));

        BenchReaders readers = new BenchReaders(context.getBean(AccountRegistry.class), context.getBean(Consents.class),
                context.getBean(Verifications.class), context.getBean(Questionnaires.class), context.getBean(Gate.class),
                zones, password);
        List<Long> readerIds = new ArrayList<>();
        for (int from = 0; from < readerCount; from += BATCH) {
            int to = Math.min(readerCount, from + BATCH);
            int first = from;
            readerIds.addAll(transactions.execute(tx -> IntStream.range(first, to)
                    .mapToObj(readers::create).toList()));
            progress("readers", to, readerCount, started);
        }
        List<String> emails = IntStream.range(0, readerCount).mapToObj(BenchReaders::email).toList();
        write(out.resolve("readers.txt"), emails);
        writeSessions(context, out, emails, started);

        List<Integer> ranks = ranks(articleCount);
        BenchArticles articles = new BenchArticles(SEED);
        BenchComments comments = new BenchComments(context.getBean(CommentImports.class), readerIds, SEED);
        List<String> rows = new ArrayList<>();
        for (int from = 0; from < articleCount; from += BATCH) {
            int to = Math.min(articleCount, from + BATCH);
            int first = from;
            rows.addAll(transactions.execute(tx -> {
                List<String> batch = new ArrayList<>();
                for (int n = first; n < to; n++) {
                    BenchZones.BenchZone zone = zones.get(n % zones.size());
                    String slug = "bench-" + (n + 1);
                    BenchArticles.Sized sized = articles.next(n + 1);
                    long id = editor.createArticle(zone.id(), slug, sized.draft());
                    editor.publish(id);
                    int rank = ranks.get(n);
                    int topLevel = comments.write(id, rank);
                    batch.add(rank + "\t" + slug + "\t" + zone.slug() + "\t" + sized.bodyBytes() + "\t" + topLevel);
                }
                return batch;
            }));
            progress("articles", to, articleCount, started);
        }
        rows.sort((a, b) -> Integer.compare(Integer.parseInt(a.split("\t")[0]), Integer.parseInt(b.split("\t")[0])));
        write(out.resolve("articles.tsv"), rows);
        awaitSearchIndex(context.getBean(JdbcClient.class), started);
    }

    /** Popularity is independent of size and zone: a seeded shuffle gives each article its rank. */
    private static List<Integer> ranks(int articleCount) {
        List<Integer> ranks = new ArrayList<>(IntStream.rangeClosed(1, articleCount).boxed().toList());
        Collections.shuffle(ranks, new Random(SEED));
        return ranks;
    }

    /**
     * Lists the articles a stopped build committed (it commits 50 at a time), ranked in the order
     * the full build gave them, so that a corpus cut short on a busy machine can still be measured.
     */
    private static void listStopped(JdbcClient jdbc, Path out, long started) throws IOException, InterruptedException {
        String planned = Files.readString(out.resolve("planned-articles.txt")).strip();
        List<Integer> fullRanks = ranks(Integer.parseInt(planned));
        List<String[]> found = jdbc.sql("select a.slug, z.slug, octet_length(a.body_markdown), (select count(*) from comment c "
                        + "where c.article_id = a.id and c.parent_id is null) from article a join zone z on z.id = a.zone_id "
                        + "where a.slug like 'bench-%' and a.status = 'PUBLISHED'")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list().stream()
                .sorted(java.util.Comparator.comparing(a -> fullRanks.get(Integer.parseInt(a[0].substring(6)) - 1)))
                .toList();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            String[] a = found.get(i);
            rows.add((i + 1) + "\t" + a[0] + "\t" + a[1] + "\t" + a[2] + "\t" + a[3]);
        }
        write(out.resolve("articles.tsv"), rows);
        System.out.printf("listed %d articles of the %s planned%n", rows.size(), planned);
        awaitSearchIndex(jdbc, started);
    }

    private static void writeSessions(ConfigurableApplicationContext context, Path out, List<String> emails,
                                      long started) throws IOException {
        BenchSessions sessions = new BenchSessions(context.getBean(FindByIndexNameSessionRepository.class),
                context.getBean(UserDetailsService.class));
        write(out.resolve("sessions.txt"), emails.stream().map(sessions::signIn).toList());
        progress("sessions", emails.size(), emails.size(), started);
    }

    /** The indexer takes published articles from the outbox after each commit; the server must not start on a backlog. */
    private static void awaitSearchIndex(JdbcClient jdbc, long started) throws InterruptedException {
        long deadline = System.nanoTime() + INDEX_LIMIT.toNanos();
        long pending;
        while ((pending = jdbc.sql("select count(*) from search_outbox").query(Long.class).single()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(pending + " search index changes still pending after " + INDEX_LIMIT);
            }
            Thread.sleep(1000);
        }
        System.out.printf("search index up to date after %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
    }

    private static void progress(String what, int done, int total, long started) {
        if (done == total || done % 500 == 0) {
            System.out.printf("%s: %d of %d (%d s)%n", what, done, total, (System.nanoTime() - started) / 1_000_000_000L);
        }
    }

    private static void write(Path file, List<String> lines) throws IOException {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            lines.forEach(writer::println);
        }
    }
}
