package com.hcpress.reading.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.CommentImports;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.ZoneGrants;
import com.hcpress.content.ZoneRole;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/**
 * Zone pages are shared bytes: the same for every reader of one kind but for the CSRF token, the
 * header as each kind of account should see it, and articles and counts current at once.
 */
@HcpressIntegrationTest
class ZonePagesTest {

    private static final String ZONE = "/zones/" + TestUsers.ZONE;
    private static final Pattern TOKEN = Pattern.compile("(name=\"_csrf\" (?:value|content)=\")([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    ContentEditor editor;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    ZoneGrants grants;
    @Autowired
    CommentImports imports;
    final TestUsers readers;

    ArticleSummary article;
    AccountPrincipal carol;
    AccountPrincipal dave;

    @Autowired
    ZonePagesTest(ApplicationContext context) {
        this.readers = context.getBean(TestUsers.class);
    }

    @BeforeEach
    void freshArticleAndReaders() {
        article = readers.freshArticle();
        carol = readers.passedReader();
        dave = readers.passedReader();
    }

    @Test
    void twoReadersGetTheSameBytesEachWithOnlyTheirOwnToken() throws Exception {
        MvcResult carols = zone(get(ZONE).with(user(carol)));
        MvcResult daves = zone(get(ZONE).with(user(dave)));
        String forCarol = carols.getResponse().getContentAsString();
        String forDave = daves.getResponse().getContentAsString();

        assertThat(forCarol).contains(article.title(), "class=\"comment-total\"").doesNotContain("class=\"lock\"");
        assertThat(tokens(forCarol)).isNotEmpty().containsOnly(tokenOf(carols));
        assertThat(tokens(forDave)).isNotEmpty().containsOnly(tokenOf(daves));
        assertThat(tokenOf(carols)).isNotEqualTo(tokenOf(daves));
        assertThat(neutral(forCarol)).isEqualTo(neutral(forDave));
        assertThat(carols.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-cache");
    }

    @Test
    void anArticlePublishedUnpublishedOrCommentedOnShowsAtOnce() throws Exception {
        assertThat(page(get(ZONE).with(user(carol)))).contains(article.title(), "/articles/" + article.slug() + "\"");

        editor.unpublish(article.id());
        assertThat(page(get(ZONE).with(user(carol)))).doesNotContain("/articles/" + article.slug() + "\"");
        assertThat(page(get(ZONE))).doesNotContain("/articles/" + article.slug() + "\"");

        editor.publish(article.id());
        assertThat(page(get(ZONE).with(user(dave)))).contains("/articles/" + article.slug() + "\"");

        imports.comment(article.id(), carol.id(), "让计数变化", Instant.now());
        String withCount = page(get(ZONE).with(user(dave)));
        String item = withCount.substring(withCount.indexOf("/articles/" + article.slug() + "\""));
        assertThat(item.substring(0, item.indexOf("</li>"))).contains(">1 条评论<");
    }

    @Test
    void theHeaderAndTheLocksFollowTheKindOfAccountWhateverWasKeptFirst() throws Exception {
        AccountPrincipal staff = readers.demo("editor");
        AccountPrincipal author = readers.passedReader();
        grants.grant(readers.demo("admin").id(), author.id(), catalog.zone(TestUsers.ZONE).orElseThrow().id(),
                ZoneRole.AUTHOR);
        for (int round = 0; round < 2; round++) {
            String forEditor = page(get(ZONE).with(user(staff)));
            String forAuthor = page(get(ZONE).with(user(author)));
            String forReader = page(get(ZONE).with(user(carol)));
            String forVisitor = page(get(ZONE));
            String forUnverified = page(get(ZONE).with(user(readers.unverifiedReader())));

            assertThat(forEditor).contains("href=\"/editor\"");
            assertThat(forAuthor).as("a zone role opens the article console").contains("href=\"/editor\"");
            assertThat(forReader).doesNotContain("href=\"/editor\"", "href=\"/admin\"", "href=\"/review\"")
                    .contains("href=\"/account\"", "class=\"comment-total\"");
            assertThat(forVisitor).contains("href=\"/login\"", "class=\"lock\"")
                    .doesNotContain("href=\"/account\"", "class=\"comment-total\"");
            assertThat(forUnverified).contains("href=\"/account\"", "class=\"lock\"")
                    .doesNotContain("class=\"comment-total\"", "href=\"/editor\"");
        }
    }

    @Test
    void viewMoreRowsAndLanguagesAreKeptApart() throws Exception {
        String zh = page(get(ZONE).with(user(carol)));
        String en = page(get(ZONE).locale(java.util.Locale.ENGLISH).param("lang", "en").with(user(carol)));
        assertThat(zh).contains("lang=\"zh-CN\"");
        assertThat(en).contains("lang=\"en\"").doesNotContain("条评论");

        // The rows after the fresh article: the older ones, the demo zone's own among them.
        String after = article.publishedOn() + "~" + article.id();
        String rows = page(get(ZONE).param("after", after).with(user(carol)).header("HX-Request", "true"));
        assertThat(rows).doesNotContain("<html", "site-header", "/articles/" + article.slug() + "\"")
                .contains("<li", "/articles/" + TestUsers.DEMO_ARTICLE + "\"");
        String whole = page(get(ZONE).param("after", after).with(user(carol)));
        assertThat(whole).contains("<html", "site-header", "/articles/" + TestUsers.DEMO_ARTICLE + "\"");
        String rowsForVisitor = page(get(ZONE).param("after", after).header("HX-Request", "true"));
        assertThat(rowsForVisitor).contains("class=\"lock\"").doesNotContain("class=\"comment-total\"");
        mvc.perform(get(ZONE).param("after", "2026-1-5~3").with(user(carol))).andExpect(status().isBadRequest());
    }

    private MvcResult zone(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
        result.getResponse().setCharacterEncoding("UTF-8");
        return result;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return zone(request).getResponse().getContentAsString();
    }

    private static String tokenOf(MvcResult result) {
        return ((CsrfToken) result.getRequest().getAttribute(CsrfToken.class.getName())).getToken();
    }

    private static List<String> tokens(String html) {
        return TOKEN.matcher(html).results().map(found -> found.group(2)).toList();
    }

    private static String neutral(String html) {
        return TOKEN.matcher(html).replaceAll("$1T\"");
    }
}
