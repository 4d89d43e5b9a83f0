package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;

import io.micrometer.core.instrument.MeterRegistry;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.PassedReaders;

/**
 * The article page as a browser gets it, over real HTTP with the session cookie: answered by the
 * shortcut once rendered, it is the page the general path renders (same bytes but for the CSRF
 * token and the form keys, same headers), its forms work, and what one reader did shows to that
 * reader only.
 */
@HcpressIntegrationTest
class ArticlePageShortcutTest {

    private static final String ARTICLE = "/articles/tace-haic-2025-review";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");
    private static final List<String> SAME_HEADERS = List.of("content-type", "content-language", "cache-control",
            "pragma", "expires", "x-content-type-options", "x-frame-options", "x-xss-protection",
            "content-security-policy", "referrer-policy", "strict-transport-security");

    @LocalServerPort
    int port;

    @Autowired
    PassedReaders passedReaders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void theShortcutAnswersWithThePageTheGeneralPathRenders() throws Exception {
        Browser reader = signedIn(passedReaders.create());
        HttpResponse<String> general = reader.get(ARTICLE + "?from=general");
        reader.get(ARTICLE);
        double servedBefore = served();
        double countedBefore = countedUnderTheRoute();

        HttpResponse<String> shortcut = reader.get(ARTICLE);
        for (int i = 1; i < 5; i++) {
            reader.get(ARTICLE);
        }

        // At least: both are counted as the response ends (the client may have it just before), and
        // the counters are the application's, which may answer another test's page meanwhile.
        assertThat(soon(this::served, servedBefore + 5)).as("answered by the shortcut").isTrue();
        assertThat(soon(this::countedUnderTheRoute, countedBefore + 5)).as("request metrics name the route").isTrue();
        assertThat(shortcut.statusCode()).isEqualTo(200);
        assertThat(normalised(shortcut.body())).isEqualTo(normalised(general.body()));
        assertThat(headers(shortcut)).isEqualTo(headers(general));
        assertThat(shortcut.headers().firstValue("content-length")).contains(
                Integer.toString(shortcut.body().getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void everyFormOnAPageCarriesTheTokenOfThisResponseOnly() throws Exception {
        Browser first = signedIn(passedReaders.create());
        Browser second = signedIn(passedReaders.create());
        first.get(ARTICLE);

        for (Browser reader : List.of(first, second)) {
            String page = reader.get(ARTICLE).body();
            assertThat(all(CSRF, page)).as("one token on the whole page, none kept from another response")
                    .hasSizeGreaterThan(1).containsOnly(first(CSRF, page));
        }
    }

    @Test
    void everyFormOnAPageHasItsOwnKeyAndEveryResponseNewOnes() throws Exception {
        Browser reader = signedIn(passedReaders.create());
        reader.get(ARTICLE);

        List<String> first = all(KEY, reader.get(ARTICLE).body());
        List<String> second = all(KEY, reader.get(ARTICLE).body());

        assertThat(first).hasSizeGreaterThan(1).doesNotHaveDuplicates();
        assertThat(first).doesNotContainAnyElementsOf(second);
    }

    @Test
    void theTokenOnAShortcutPageIsAcceptedAndThePostShowsAtOnce() throws Exception {
        Browser reader = signedIn(passedReaders.create());
        reader.get(ARTICLE);
        String page = reader.get(ARTICLE).body();

        HttpResponse<String> posted = reader.post(ARTICLE + "/comments", Map.of("body", "化疗栓塞后的随访节奏值得单独写一篇。",
                "key", first(KEY, page), "_csrf", first(CSRF, page)));

        assertThat(posted.statusCode()).isIn(200, 302, 303);
        String after = reader.get(ARTICLE).body();
        assertThat(after).contains("化疗栓塞后的随访节奏值得单独写一篇。");
        assertThat(after).as("the author's own controls on their comment").contains("/delete\"");
    }

    @Test
    void whatOneReaderLikedShowsAsLikedToThatReaderOnly() throws Exception {
        UserDetails liker = passedReaders.create();
        Browser likes = signedIn(liker);
        Browser other = signedIn(passedReaders.create());
        long commentId = jdbc.sql("select id from comment where parent_id is null and status = 'VISIBLE' order by id desc limit 1")
                .query(Long.class).single();
        String page = likes.get(ARTICLE).body();
        assertThat(likes.post(ARTICLE + "/comments/" + commentId + "/like", Map.of("_csrf", first(CSRF, page)))
                .statusCode()).isIn(200, 302, 303);

        for (int i = 0; i < 2; i++) {
            assertThat(likes.get(ARTICLE).body()).contains("/comments/" + commentId + "/unlike\"");
            assertThat(other.get(ARTICLE).body()).doesNotContain("/comments/" + commentId + "/unlike\"");
        }
    }

    @Test
    void aParameterOneReaderSentNeverReachesAnother() throws Exception {
        Browser first = signedIn(passedReaders.create());
        Browser second = signedIn(passedReaders.create());

        first.get(ARTICLE + "?q=private-query-text");

        assertThat(second.get(ARTICLE).body()).doesNotContain("private-query-text");
        assertThat(second.get(ARTICLE).body()).doesNotContain("private-query-text");
    }

    private double countedUnderTheRoute() {
        var timer = meters.find("http.server.requests").tag("uri", "/articles/{slug}").timer();
        return timer == null ? 0 : timer.count();
    }

    private static boolean soon(DoubleSupplier count, double atLeast) throws InterruptedException {
        for (int i = 0; i < 50 && count.getAsDouble() < atLeast; i++) {
            Thread.sleep(20);
        }
        return count.getAsDouble() >= atLeast;
    }

    private double served() {
        return meters.counter(ArticlePageShortcut.SERVED).count();
    }

    private static String normalised(String page) {
        return KEY.matcher(CSRF.matcher(page).replaceAll("name=\"_csrf\" value=\"T\""))
                .replaceAll("name=\"key\" value=\"K\"")
                .replaceAll("<meta name=\"_csrf\" content=\"[^\"]+\">", "<meta name=\"_csrf\" content=\"T\">");
    }

    private static Map<String, List<String>> headers(HttpResponse<String> response) {
        Map<String, List<String>> kept = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (SAME_HEADERS.contains(name.toLowerCase())) {
                kept.put(name.toLowerCase(), values);
            }
        });
        return kept;
    }

    private static String first(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("%s on the page", pattern).isTrue();
        return matcher.group(1);
    }

    private static List<String> all(Pattern pattern, String page) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(page);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private Browser signedIn(UserDetails reader) throws Exception {
        Browser browser = new Browser();
        String email = jdbc.sql("select email from app_user where id = ?").param(Long.parseLong(reader.getUsername()))
                .query(String.class).single();
        String login = browser.get("/login").body();
        HttpResponse<String> signIn = browser.post("/login",
                Map.of("username", email, "password", "a-long-passphrase", "_csrf", first(CSRF, login)));
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.get(ARTICLE).statusCode()).as("the reader passed the gate").isEqualTo(200);
        return browser;
    }

    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            StringBuilder body = new StringBuilder();
            form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return client.send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI url(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
