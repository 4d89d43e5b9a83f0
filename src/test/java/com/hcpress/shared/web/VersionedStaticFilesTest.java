package com.hcpress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.hcpress.support.ArticleAnswers;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.HttpUser;
import com.hcpress.support.TestUsers;

/**
 * Every static file a page links to carries its content hash and is served under that name with a
 * year-long cache lifetime; ordinary links are written as they are. The names are written where
 * the templates build their links, so pages rendered once and kept, and error pages, have them too.
 */
@HcpressIntegrationTest
class VersionedStaticFilesTest {

    private static final Pattern STATIC_LINK = Pattern.compile(
            "(?:href|src)=\"(/(?:css|js|webjars|favicon|apple-touch-icon|icon-|manifest)[^\"]*)\"");

    private static final Pattern HASHED_CSS = Pattern.compile("href=\"/css/app-[0-9a-f]{32}\\.css\"");

    @LocalServerPort
    int port;
    @Autowired
    VersionedStaticLinks versionedLinks;

    @Test
    void everyLinkedStaticFileIsVersionedAndServedForAYear() {
        HttpUser browser = new HttpUser("http://localhost:" + port);
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        List<String> links = new ArrayList<>();
        Matcher link = STATIC_LINK.matcher(home.body());
        while (link.find()) {
            links.add(link.group(1));
        }
        assertThat(links).anyMatch(l -> l.startsWith("/css/app-")).anyMatch(l -> l.startsWith("/favicon-"))
                .anyMatch(l -> l.startsWith("/manifest-")).anyMatch(l -> l.startsWith("/webjars/"));
        for (String path : links) {
            assertThat(path).as("versioned").matches(".*-[0-9a-f]{32}\\.[a-z]+$");
            HttpResponse<String> file = browser.get(path);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control").orElse("")).as(path).contains("max-age=31536000");
        }
        assertThat(browser.get("/icon-192.png").statusCode()).as("the manifest's icons by their plain name").isEqualTo(200);
        assertThat(home.body()).contains("href=\"/zones/");
    }

    @Test
    void aKeptArticlePageLinksTheVersionedStyleSheetAndScripts() {
        HttpUser reader = new HttpUser("http://localhost:" + port);
        TestUsers.signInDemo(reader, "reader");
        String path = "/articles/" + TestUsers.DEMO_ARTICLE;
        for (int time = 0; time < 2; time++) {
            HttpResponse<String> article = reader.get(path);
            assertThat(ArticleAnswers.isTheArticle(article)).as("the article, rendering %d", time).isTrue();
            assertThat(article.body()).containsPattern(HASHED_CSS)
                    .containsPattern("src=\"/js/app-[0-9a-f]{32}\\.js\"")
                    .containsPattern("src=\"/js/reading-[0-9a-f]{32}\\.js\"")
                    .doesNotContain("\"/css/app.css\"", "\"/js/app.js\"", "\"/js/reading.js\"");
        }
    }

    @Test
    void anErrorPageLinksTheVersionedStyleSheet() {
        HttpResponse<String> missing = new HttpUser("http://localhost:" + port).get("/no-such-page-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).containsPattern(HASHED_CSS);
    }

    @Test
    void onlyLinksToVersionedFilesAreRenamedAndKept() {
        String css = versionedLinks.versioned("/css/app.css?v=1#top", "");
        assertThat(css).matches("/css/app-[0-9a-f]{32}\\.css\\?v=1#top");
        assertThat(versionedLinks.versioned("/css/app.css", "")).isEqualTo(css.substring(0, css.indexOf('?')));
        assertThat(versionedLinks.versioned("/zones/liver-intervention?page=2", "")).isEqualTo("/zones/liver-intervention?page=2");
        assertThat(versionedLinks.versioned("/css/no-such-file.css", "")).isEqualTo("/css/no-such-file.css");
        assertThat(versionedLinks.cache().asMap()).containsKey("/css/app.css?v=1#top")
                .doesNotContainKey("/zones/liver-intervention?page=2").doesNotContainKey("/css/no-such-file.css");
    }
}
