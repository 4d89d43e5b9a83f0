package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import com.hcpress.content.ArticleView;
import com.hcpress.content.ContentCatalog;
import com.hcpress.support.TestUsers;
import com.hcpress.support.HcpressIntegrationTest;

/**
 * The article's share tags carry the title, the zone's public description and the cover, never its
 * text: for a reader who passed, and on the gate's landing a visitor or a link-preview robot gets.
 */
@HcpressIntegrationTest
class SharePreviewTest {

    static final String ARTICLE = "tace-haic-2025-review";

    @Autowired
    MockMvc mvc;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    /** Link-preview robots (WeChat, Slack, X, Facebook, Telegram, LinkedIn) and a browser, none with cookies. */
    static final String[] ROBOTS = {
            "Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 Mobile MicroMessenger/8.0.50 NetType/WIFI Language/zh_CN",
            "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "Twitterbot/1.0",
            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", "TelegramBot (like TwitterBot)",
            "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
            "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"};
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void ogDescriptionIsTheZonesPublicDescriptionAndHoldsNoArticleText() throws Exception {
        ArticleView article = catalog.publishedArticle(ARTICLE).orElseThrow();
        for (String lang : new String[] {"zh", "en"}) {
            String html = mvc.perform(get("/articles/" + ARTICLE).param("lang", lang).with(TestUsers.asDemo(users, "reader")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            String description = meta(html, "property", "og:description");
            assertThat(description).isEqualTo(article.zone().description(Locale.forLanguageTag(lang)));
            assertThat(meta(html, "name", "twitter:description")).isEqualTo(description);
            assertThat(meta(html, "property", "og:title")).isEqualTo(article.title());
            assertThat(meta(html, "property", "og:url")).endsWith("/articles/" + ARTICLE);
            if (article.coverImageId() != null) {
                assertThat(meta(html, "property", "og:image")).endsWith("/images/" + article.coverImageId());
            }
            String bodyText = plainText(article.bodyHtml());
            assertThat(bodyText).hasSizeGreaterThan(1000);
            for (String tag : new String[] {description, meta(html, "property", "og:title")}) {
                for (int i = 0; i + 12 <= bodyText.length(); i++) {
                    String window = bodyText.substring(i, i + 12);
                    if (!window.isBlank() && !article.title().contains(window)) {
                        assertThat(tag).as("share tag against the article text").doesNotContain(window);
                    }
                }
            }
            assertThat(html).contains("data-share-path=\"/articles/" + ARTICLE + "\"");
        }
    }

    @Test
    void aVisitorOrALinkPreviewRobotMeetsTheGateWithThePublicTagsOnly() throws Exception {
        ArticleView article = catalog.publishedArticle(ARTICLE).orElseThrow();
        String bodyText = plainText(article.bodyHtml());
        for (String agent : ROBOTS) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/articles/" + ARTICLE))
                    .header("User-Agent", agent).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(agent).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
            String html = answer.body();
            assertThat(html).contains("class=\"page gate-page article-landing\"", "/gate/liver-intervention?next=");
            assertThat(HtmlUtils.htmlUnescape(html)).contains("<h1>" + article.title() + "</h1>",
                    "<title>" + article.title() + " · HCPress</title>");
            String description = meta(html, "property", "og:description");
            assertThat(description).isEqualTo(article.zone().description(Locale.forLanguageTag("zh")));
            assertThat(meta(html, "property", "og:title")).isEqualTo(article.title());
            assertThat(meta(html, "name", "twitter:title")).isEqualTo(article.title());
            assertThat(meta(html, "property", "og:url")).endsWith("/articles/" + ARTICLE);
            assertThat(meta(html, "property", "og:image")).endsWith("/images/" + article.coverImageId());
            String page = plainText(html);
            for (int i = 0; i + 12 <= bodyText.length(); i++) {
                String window = bodyText.substring(i, i + 12);
                // The title is public and shown: a window of it (spaces around it trimmed) is no leak.
                if (!window.isBlank() && !article.title().contains(window.strip())) {
                    assertThat(description).as("og:description against the article text").doesNotContain(window);
                    assertThat(page).as("the landing against the article text").doesNotContain(window);
                }
            }
            assertThat(html).doesNotContain("data-share-path").doesNotContain("/comments");
        }
    }

    @Test
    void theCoverOfAPublishedArticleIsPublicAndEveryOtherImageKeepsItsGate() throws Exception {
        long cover = catalog.publishedArticle(ARTICLE).orElseThrow().coverImageId();
        for (String width : new String[] {"", "?w=480", "?w=960"}) {
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base() + "/images/" + cover + width)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as("cover" + width).isEqualTo(200);
        }
        long other = jdbc.sql("insert into image (content_type, width, height, sha256, data, zone_id)"
                        + " select content_type, width, height, sha256, data, zone_id from image where id = ? returning id")
                .param(cover).query(Long.class).single();
        try {
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base() + "/images/" + other + "?w=480")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
            mvc.perform(get("/images/" + other).with(TestUsers.asDemo(users, "pending"))).andExpect(status().isForbidden());
            mvc.perform(get("/images/" + other).with(TestUsers.asDemo(users, "reader"))).andExpect(status().isOk());
        } finally {
            jdbc.sql("delete from image where id = ?").param(other).update();
        }
    }

    @Test
    void aSignedInReaderWhoHasNotPassedGoesOnToTheNextStepOfTheGate() throws Exception {
        mvc.perform(get("/articles/" + ARTICLE).with(TestUsers.asDemo(users, "pending")))
                .andExpect(status().is3xxRedirection());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String meta(String html, String attribute, String name) {
        Matcher m = Pattern.compile("<meta " + attribute + "=\"" + Pattern.quote(name) + "\"[^>]*content=\"([^\"]*)\"")
                .matcher(html);
        assertThat(m.find()).as(name + " in the page").isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    private static String plainText(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").strip();
    }
}
