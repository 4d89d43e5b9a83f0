package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.content.ArticleView;
import com.hcpress.content.ContentCatalog;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

@HcpressIntegrationTest
class ContentPagesTest {

    static final String ARTICLE = "tace-haic-2025-review";
    static final String READER = "editor";

    @Autowired
    MockMvc mvc;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    UserDetailsService users;
    @LocalServerPort
    int port;

    @Test
    void homeListsTheDemoZone() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/zones/liver-intervention")));
    }

    @Test
    void zoneListsItsPublishedArticlesNewestFirst() throws Exception {
        String html = mvc.perform(get("/zones/liver-intervention")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("/articles/" + ARTICLE, "/articles/albi-child-pugh-primer");
        assertThat(html.indexOf("albi-child-pugh-primer")).isLessThan(html.indexOf(ARTICLE));
    }

    @Test
    void demoArticleCitesOnlyReferencesItHasAndEveryOneOfThem() {
        ArticleView article = catalog.publishedArticle(ARTICLE).orElseThrow();
        assertThat(article.renderWarnings()).isEmpty();
        assertThat(article.references()).hasSize(19);
        assertThat(article.references()).allSatisfy(ref -> assertThat(ref.citedAt()).isNotEmpty());
    }

    @Test
    void articlePageShowsReferencesWithLinksBothWays() throws Exception {
        String html = mvc.perform(get("/articles/" + ARTICLE).with(TestUsers.asDemo(users, READER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (int n = 1; n <= 19; n++) {
            assertThat(html).contains("id=\"ref-" + n + "\"");
        }
        assertThat(html).contains("href=\"#ref-4\"", "class=\"backlink\" href=\"#cite-");
    }

    @Test
    void theDemoReviewIsCreditedAsADigestOfItsSource() throws Exception {
        String html = mvc.perform(get("/articles/" + ARTICLE).with(TestUsers.asDemo(users, READER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<span class=\"badge\">编译</span>", "编译自：", "肝癌局部治疗中介入治疗方式的临床选择与进展",
                "原文作者简介", "医学审校", "HCPress 医学审校组");
        assertThat(html).doesNotContain(">原创<", "审阅 |", "陈敏山</span></p>");
    }

    @Test
    void unknownArticleAndZoneAreRealNotFoundPages() throws Exception {
        HttpResponse<String> zh = fetch("/articles/no-such-article", "zh-CN");
        assertThat(zh.statusCode()).isEqualTo(404);
        assertThat(zh.body()).contains("页面不存在");
        HttpResponse<String> en = fetch("/zones/no-such-zone", "en");
        assertThat(en.statusCode()).isEqualTo(404);
        assertThat(en.body()).contains("Page not found");
    }

    @Test
    void unexpectedErrorsShowAFriendlyPageWithoutDetails() throws Exception {
        HttpResponse<String> response = fetch("/test/failure", "zh-CN");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("服务暂时出错").doesNotContain("secret", "Exception", "at com.");
    }

    @Test
    void englishIsChosenByTheBrowserOrTheSwitch() throws Exception {
        assertThat(fetch("/", "en-US,en;q=0.9").body()).contains("Zones");
        assertThat(fetch("/", "fr").body()).contains("专区");
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Zones")))
                .andExpect(header().exists("Set-Cookie"));
    }

    @Test
    void articleIsAvailableAsJson() throws Exception {
        mvc.perform(get("/api/v1/articles/" + ARTICLE).accept(MediaType.APPLICATION_JSON).with(TestUsers.asDemo(users, READER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slug").value(ARTICLE))
                .andExpect(jsonPath("$.references.length()").value(19))
                .andExpect(jsonPath("$.references[3].number").value(4))
                .andExpect(jsonPath("$.bodyHtml").isString());
    }

    @Test
    void unknownArticleInTheApiIsAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/articles/nope").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void imagesAreServedWithCacheHeadersAndRevalidate() throws Exception {
        Long cover = catalog.publishedArticle(ARTICLE).orElseThrow().coverImageId();
        String etag = mvc.perform(get("/images/" + cover).with(TestUsers.asDemo(users, READER)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age")))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/images/" + cover).header("If-None-Match", etag).with(TestUsers.asDemo(users, READER))).andExpect(status().isNotModified());
        mvc.perform(get("/images/999999")).andExpect(status().isNotFound());
    }

    @Test
    void coversComeAsWebpInTheWidthsThePageListsAndNoOtherWidth() throws Exception {
        Long cover = catalog.publishedArticle(ARTICLE).orElseThrow().coverImageId();
        String page = mvc.perform(get("/articles/" + ARTICLE).with(TestUsers.asDemo(users, READER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/images/" + cover + "?w=480 480w", "/images/" + cover + "?w=960 960w");
        byte[] png = mvc.perform(get("/images/" + cover).with(TestUsers.asDemo(users, READER)))
                .andReturn().getResponse().getContentAsByteArray();

        byte[] webp = mvc.perform(get("/images/" + cover + "?w=480").with(TestUsers.asDemo(users, READER)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/webp"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("private")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(webp, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(webp, 8, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        assertThat(webp.length).isLessThan(png.length / 2);
        mvc.perform(get("/images/" + cover + "?w=481").with(TestUsers.asDemo(users, READER))).andExpect(status().isBadRequest());
        // The cover of a published article is public (link previews), in every width.
        mvc.perform(get("/images/" + cover + "?w=480")).andExpect(status().isOk());
    }

    @Test
    void staticFilesAreLinkedByTheirContentAndKeptForAYear() throws Exception {
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(home);
        assertThat(css.find()).as("app.css linked with its content hash").isTrue();

        mvc.perform(get(css.group(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=31536000")));
    }

    private HttpResponse<String> fetch(String path, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language)
                .header("Accept", "text/html")
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
