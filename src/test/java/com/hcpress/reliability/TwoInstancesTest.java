package com.hcpress.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.HcpressApplication;
import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleKind;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.shared.db.EmbeddedDatabaseProperties;
import com.hcpress.support.HttpUser;
import com.hcpress.support.TestUsers;

/**
 * Two instances of HCPress on different ports and one PostgreSQL, as behind a load balancer. The
 * first instance starts the embedded PostgreSQL (and so loads the demo content, which HCPress never
 * writes into an external database); the second is pointed at it with {@code spring.datasource.*}.
 * Nothing a user sees may depend on which instance answers.
 */
class TwoInstancesTest {

    /** How stale another instance may be: the bound any in-memory cache must keep. */
    private static final Duration AT_ONCE = Duration.ofSeconds(1);

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static String a;
    static String b;

    @BeforeAll
    static void startTwoInstances() {
        int databasePort = freePort();
        String run = UUID.randomUUID().toString();
        first = instance("a", run, "--hcpress.embedded-db.port=" + databasePort);
        second = instance("b", run, "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=" + embeddedPassword(first));
        a = "http://127.0.0.1:" + first.getEnvironment().getProperty("local.server.port");
        b = "http://127.0.0.1:" + second.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aSessionMadeOnOneInstanceWorksOnTheOther() {
        HttpUser reader = new HttpUser(a);
        assertThat(TestUsers.signInDemo(reader, "reader").statusCode()).isEqualTo(302);
        assertThat(reader.switchTo(b).get("/account").statusCode()).isEqualTo(200);
        assertThat(reader.get("/articles/tace-haic-2025-review").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutOnOneInstanceEndsTheSessionOnBoth() {
        HttpUser reader = new HttpUser(a);
        TestUsers.signInDemo(reader, "reader");
        String token = reader.switchTo(b).csrfToken();
        assertThat(reader.get("/account").statusCode()).isEqualTo(200);

        HttpResponse<String> signOut = reader.switchTo(a).postForm("/logout", Map.of("_csrf", token));
        assertThat(signOut.statusCode()).isEqualTo(302);

        reader.switchTo(b);
        eventually("the other instance ends the signed-out session", AT_ONCE,
                () -> reader.get("/account"), answer -> answer.statusCode() == 302);
        assertThat(reader.get("/account").headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(reader.get("/api/v1/articles/tace-haic-2025-review").statusCode()).isEqualTo(401);
    }

    @Test
    void aReviewDecidedOnOneInstanceShowsOnTheOtherAtOnce() {
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        long submission = jdbc.sql("select s.id from verification_submission s join app_user u on u.id = s.user_id "
                + "where u.email = 'pending@hcpress.test' and s.status = 'SUBMITTED'").query(Long.class).single();
        HttpUser reviewer = new HttpUser(b);
        TestUsers.signInDemo(reviewer, "reviewer");
        assertThat(reviewer.get("/review").body()).contains("/review/" + submission);
        HttpUser applicant = new HttpUser(b);
        TestUsers.signInDemo(applicant, "pending");
        String waiting = applicant.get("/verification/status").body();

        HttpResponse<String> decision = reviewer.switchTo(a)
                .postForm("/review/" + submission + "/approve", Map.of("_csrf", reviewer.csrfToken()));
        assertThat(decision.headers().firstValue("Location").orElse("")).endsWith("/review");

        reviewer.switchTo(b);
        eventually("the decided submission leaves the other instance's queue", AT_ONCE,
                () -> reviewer.get("/review"), page -> !page.body().contains("/review/" + submission));
        eventually("the applicant sees the decision on the other instance", AT_ONCE,
                () -> applicant.get("/verification/status"), page -> !page.body().equals(waiting));
        assertThat(jdbc.sql("select count(*) from audit_log where subject = ? and action = 'verification.approved'")
                .param("submission:" + submission).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSignInLimitCountsFailuresOnBothInstances() {
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> failed = new HttpUser(attempt % 2 == 0 ? a : b)
                    .signIn(TestUsers.demoEmail("rejected"), "not-the-password-" + attempt);
            assertThat(failed.headers().firstValue("Location").orElse("")).contains("/login");
        }
        for (String instance : List.of(a, b)) {
            HttpResponse<String> right = TestUsers.signInDemo(new HttpUser(instance), "rejected");
            assertThat(right.headers().firstValue("Location").orElse(""))
                    .as("the right password after five failures spread over both instances, on " + instance)
                    .contains("/login");
        }
        assertThat(first.getBean(JdbcClient.class).sql("select count(*) from audit_log where action = 'sign-in.throttled' "
                + "and subject = 'login:rejected@hcpress.test'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theCommentLimitHoldsAcrossBothInstances() {
        HttpUser editor = new HttpUser(a);
        TestUsers.signInDemo(editor, "editor");
        String token = editor.csrfToken();
        List<Integer> statuses = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            String body = "{\"body\":\"Two instances, comment " + n + "\"}";
            statuses.add(editor.switchTo(n % 2 == 0 ? a : b).send("POST", "/api/v1/articles/tace-haic-2025-review/comments",
                    "application/json", body.getBytes(StandardCharsets.UTF_8), token).statusCode());
        }
        assertThat(statuses).containsExactly(201, 201, 201, 201, 201, 429, 429, 429);
    }

    @Test
    void aNewlyPublishedArticleIsFoundOnBothInstances() {
        ContentCatalog catalog = first.getBean(ContentCatalog.class);
        ContentEditor editor = first.getBean(ContentEditor.class);
        long zone = catalog.zone("liver-intervention").orElseThrow().id();
        String word = "transarterialradioembolisation" + System.nanoTime() % 100000;
        long id = editor.createArticle(zone, "two-instances-" + System.nanoTime(), new ArticleDraft(word + " 的新证据",
                "HCPress", LocalDate.of(2026, 1, 5), ArticleKind.ORIGINAL, null, null, "正文 " + word, null, null, null, null, List.of()));
        editor.publish(id);

        HttpUser reader = new HttpUser(a);
        TestUsers.signInDemo(reader, "reader");
        for (String instance : List.of(a, b)) {
            reader.switchTo(instance);
            eventually("the new article is found on " + instance, Duration.ofSeconds(15), () -> reader.get("/api/v1/search?q=" + word),
                    answer -> answer.body().contains(word));
        }
    }

    /** Waits until {@code probe} gives what {@code done} wants, failing {@code what} after {@code limit}. */
    @Test
    void anArticleChangedOnOneInstanceIsDroppedFromTheOthersCachesAtOnce() {
        ContentCatalog catalog = first.getBean(ContentCatalog.class);
        ContentEditor editor = first.getBean(ContentEditor.class);
        long zone = catalog.zone("liver-intervention").orElseThrow().id();
        String slug = "two-instances-cached-" + UUID.randomUUID().toString().substring(0, 8);
        long id = editor.createArticle(zone, slug, new ArticleDraft("两个实例的缓存", "HCPress", LocalDate.of(2026, 1, 6),
                ArticleKind.ORIGINAL, null, null, "正文", null, null, null, null, List.of()));
        editor.publish(id);
        HttpUser reader = new HttpUser(b);
        TestUsers.signInDemo(reader, "reader");
        assertThat(reader.get("/articles/" + slug).statusCode()).as("read, and so cached, on the second instance")
                .isEqualTo(200);
        String comments = "/articles/" + slug + "/comments";
        assertThat(reader.comments("/articles/" + slug).body()).doesNotContain("在第一个实例上写的评论");

        HttpUser author = new HttpUser(a);
        TestUsers.signInDemo(author, "reader");
        assertThat(author.postForm(comments, Map.of("body", "在第一个实例上写的评论", "key", UUID.randomUUID().toString(),
                "_csrf", author.csrfToken())).statusCode()).isIn(200, 302, 303);

        // Well within the caches' own lifetimes (ten seconds): the notice dropped the copies.
        eventually("the comment written on the first instance shows on the second", AT_ONCE,
                () -> reader.comments("/articles/" + slug), page -> page.body().contains("在第一个实例上写的评论"));
        editor.unpublish(id);
        eventually("the unpublished article is gone on the second instance", AT_ONCE,
                () -> reader.get("/articles/" + slug), page -> page.statusCode() == 404);
    }

    private static <T> void eventually(String what, Duration limit, Supplier<T> probe, Predicate<T> done) {
        await(what).atMost(limit).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(probe::get, done::test);
    }

    private static ConfigurableApplicationContext instance(String name, String run, String... arguments) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--hcpress.search.directory=target/two-instances/" + run + "/search-" + name,
                "--hcpress.search.change-feed-poll-interval=200ms"));
        args.addAll(List.of(arguments));
        return new SpringApplicationBuilder(HcpressApplication.class).profiles("test").run(args.toArray(String[]::new));
    }

    /** The password the embedded database of that instance asks for, kept beside its files. */
    private static String embeddedPassword(ConfigurableApplicationContext instance) {
        java.nio.file.Path dataDirectory = instance.getBean(EmbeddedDatabaseProperties.class).dataDirectory()
                .toAbsolutePath().normalize();
        try {
            return java.nio.file.Files.readString(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password")).trim();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
