package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.NewZone;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.HttpUser;
import com.hcpress.support.TestUsers;

/**
 * The article page as a browser gets it, over real HTTP with the session cookie, through the
 * security chain like every request: the part every reader shares is the same bytes for all of
 * them, each response carries its own CSRF token and no other reader's, the comments (each
 * reader's own likes and controls) load after the page, and what one reader did or sent shows to
 * that reader only.
 */
@HcpressIntegrationTest
class ArticlePageResponsesTest {

    private static final String ARTICLE = "/articles/tace-haic-2025-review";
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers passedReaders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    ContentEditor editor;

    @Test
    void everyReaderGetsTheSameSharedPageWithTheSecurityChainsHeaders() {
        HttpUser first = reader();
        HttpUser second = reader();

        HttpResponse<String> one = first.get(ARTICLE);
        HttpResponse<String> other = second.get(ARTICLE);

        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(normalised(one.body())).isEqualTo(normalised(other.body()));
        assertThat(one.headers().firstValue("content-length")).contains(
                Integer.toString(one.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(one.headers().firstValue("content-security-policy").orElseThrow()).contains("frame-ancestors 'none'");
        assertThat(one.headers().firstValue("x-content-type-options")).contains("nosniff");
        // Kept by the reader's own browser only, asked for again before reuse; the back-forward cache may keep it.
        assertThat(one.headers().firstValue("cache-control")).contains("private, no-cache");
        assertThat(one.headers().firstValue("referrer-policy")).isPresent();
    }

    @Test
    void theFirstScreenDoesNotWaitForComments() {
        HttpUser reader = reader();

        String page = reader.get(ARTICLE).body();

        assertThat(page).contains("hx-get=\"" + ARTICLE + "/comments\"").contains("hx-trigger=\"intersect once");
        assertThat(page).as("no comment is rendered into the shared page").doesNotContain("class=\"comment-list\"");
        assertThat(reader.comments(ARTICLE).body()).contains("class=\"comment-list\"").contains("id=\"comments\"");
    }

    @Test
    void everyResponseCarriesTheTokenOfItsOwnSessionOnly() {
        HttpUser first = reader();
        HttpUser second = reader();
        first.get(ARTICLE);

        for (HttpUser reader : List.of(first, second)) {
            String page = reader.get(ARTICLE).body();
            List<String> tokens = new ArrayList<>(all(CSRF_INPUT, page));
            tokens.addAll(all(CSRF_META, page));
            assertThat(tokens).as("one token on the whole page, none kept from another response")
                    .hasSizeGreaterThan(1).containsOnly(tokens.get(0));
        }
        assertThat(first(CSRF_META, first.get(ARTICLE).body())).isNotEqualTo(first(CSRF_META, first.get(ARTICLE).body()));
    }

    @Test
    void theKeptCommentsCarryTheTokenOfEachResponseOnly() {
        HttpUser first = reader();
        HttpUser second = reader();

        String one = first.comments(ARTICLE).body();
        String other = second.comments(ARTICLE).body();

        List<String> tokens = all(CSRF_INPUT, one);
        assertThat(tokens).hasSizeGreaterThan(1).containsOnly(tokens.get(0));
        assertThat(all(CSRF_INPUT, other)).hasSizeGreaterThan(1).doesNotContain(tokens.get(0));
        assertThat(normalised(KEY.matcher(one).replaceAll("K"))).isEqualTo(normalised(KEY.matcher(other).replaceAll("K")));
    }

    @Test
    void everyCommentFormHasItsOwnKeyAndEveryResponseNewOnes() {
        HttpUser reader = reader();

        List<String> first = all(KEY, reader.comments(ARTICLE).body());
        List<String> second = all(KEY, reader.comments(ARTICLE).body());

        assertThat(first).hasSizeGreaterThan(1).doesNotHaveDuplicates();
        assertThat(first).doesNotContainAnyElementsOf(second);
    }

    @Test
    void theTokenOnAPageIsAcceptedAndThePostShowsAtOnceToItsAuthor() {
        HttpUser reader = reader();
        String page = reader.get(ARTICLE).body();
        String comments = reader.comments(ARTICLE).body();

        HttpResponse<String> posted = reader.postForm(ARTICLE + "/comments", Map.of("body", "化疗栓塞后的随访节奏值得单独写一篇。",
                "key", first(KEY, comments), "_csrf", first(CSRF_META, page)));

        assertThat(posted.statusCode()).isIn(200, 302, 303);
        String after = reader.comments(ARTICLE).body();
        assertThat(after).contains("化疗栓塞后的随访节奏值得单独写一篇。");
        assertThat(after).as("the author's own controls on their comment").contains("/delete\"");
        assertThat(reader().comments(ARTICLE).body()).as("another reader sees the comment, without its controls")
                .contains("化疗栓塞后的随访节奏值得单独写一篇。").doesNotContain(ownDelete(after));
    }

    @Test
    void whatOneReaderLikedShowsAsLikedToThatReaderOnly() {
        HttpUser likes = reader();
        HttpUser other = reader();
        long commentId = jdbc.sql("select id from comment where parent_id is null and status = 'VISIBLE' order by id desc limit 1")
                .query(Long.class).single();
        String page = likes.get(ARTICLE).body();
        assertThat(likes.postForm(ARTICLE + "/comments/" + commentId + "/like", Map.of("_csrf", first(CSRF_META, page)))
                .statusCode()).isIn(200, 302, 303);

        for (int i = 0; i < 2; i++) {
            assertThat(likes.comments(ARTICLE).body()).contains("/comments/" + commentId + "/unlike\"");
            assertThat(other.comments(ARTICLE).body()).doesNotContain("/comments/" + commentId + "/unlike\"");
        }
    }

    @Test
    void aParameterOneReaderSentNeverReachesAnother() {
        HttpUser first = reader();
        HttpUser second = reader();

        first.get(ARTICLE + "?q=private-query-text");
        first.get(ARTICLE + "?refstyle=vancouver&q=private-query-text");

        assertThat(second.get(ARTICLE).body()).doesNotContain("private-query-text");
        assertThat(second.get(ARTICLE + "?refstyle=vancouver").body()).doesNotContain("private-query-text");
    }

    @Test
    void anUnknownLanguageOrStyleIsTheDefaultPage() {
        HttpUser reader = reader();
        String chinese = normalised(reader.get(ARTICLE).body());

        assertThat(normalised(reader.get(ARTICLE + "?lang=xx").body())).isEqualTo(chinese);
        assertThat(normalised(reader.get(ARTICLE + "?refstyle=no-such-style").body())).isEqualTo(chinese);
    }

    @Test
    void aRenamedZoneShowsAtOnceOnTheKeptPagesOfItsArticles() {
        HttpUser reader = reader();
        long zoneId = catalog.zone("liver-intervention").orElseThrow().id();
        NewZone before = catalog.zoneDetails(zoneId).orElseThrow();
        assertThat(reader.get(ARTICLE).body()).contains(">" + before.nameZh() + "<");
        try {
            editor.updateZone(zoneId, new NewZone(before.slug(), "改名后的专区", before.nameEn(), before.descriptionZh(),
                    before.descriptionEn(), before.position()));

            assertThat(reader.get(ARTICLE).body()).contains(">改名后的专区<");
        } finally {
            editor.updateZone(zoneId, before);
        }
        assertThat(reader.get(ARTICLE).body()).contains(">" + before.nameZh() + "<");
    }

    private HttpUser reader() {
        HttpUser browser = new HttpUser("http://localhost:" + port);
        passedReaders.signInPassedReader(browser);
        assertThat(browser.get(ARTICLE).statusCode()).as("the reader passed the gate").isEqualTo(200);
        return browser;
    }

    /** The delete link of the first comment the author may delete, as another reader's page must not have it. */
    private static String ownDelete(String comments) {
        Matcher matcher = Pattern.compile("action=\"([^\"]+/delete)\"").matcher(comments);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String normalised(String page) {
        return CSRF_INPUT.matcher(page).replaceAll("name=\"_csrf\" value=\"T\"")
                .replaceAll("<meta name=\"_csrf\" content=\"[^\"]+\">", "<meta name=\"_csrf\" content=\"T\">");
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
}
