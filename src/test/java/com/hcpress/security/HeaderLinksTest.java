package com.hcpress.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ZoneGrants;
import com.hcpress.content.ZoneRole;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.hcpress.verification.TestAccounts;

/**
 * The header shows each link to those it is for and to no one else: on a page rendered per
 * request, and on an article page kept for every reader with the same roles and console link.
 */
@HcpressIntegrationTest
class HeaderLinksTest {

    private static final String REVIEW = "href=\"/review\"";
    private static final String ADMIN = "href=\"/admin\"";
    private static final String BELL = "href=\"/notifications\"";
    private static final String ACCOUNT = "href=\"/account\"";
    private static final String SIGN_OUT = "action=\"/logout\"";
    private static final String SIGN_IN = "href=\"/login\"";
    private static final String EDITOR = "href=\"/editor\"";
    private static final Set<String> LINKS = Set.of(REVIEW, ADMIN, BELL, ACCOUNT, SIGN_OUT, SIGN_IN);

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRegistry registry;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext application;
    @Autowired
    ZoneGrants grants;

    @Test
    void eachRoleSeesItsLinksAndNoOthers() throws Exception {
        TestAccounts accounts = new TestAccounts(registry);
        Map<AccountPrincipal, Set<String>> expected = Map.of(
                accounts.reader(), Set.of(BELL, ACCOUNT, SIGN_OUT),
                accounts.reviewer(), Set.of(REVIEW, BELL, ACCOUNT, SIGN_OUT),
                accounts.create(Role.READER, Role.EDITOR), Set.of(BELL, ACCOUNT, SIGN_OUT),
                accounts.create(Role.ADMIN), Set.of(REVIEW, ADMIN, BELL, ACCOUNT, SIGN_OUT));
        for (Map.Entry<AccountPrincipal, Set<String>> account : expected.entrySet()) {
            assertLinks(header(get("/terms").with(user(account.getKey()))), account.getValue(), account.getKey().roles());
        }
        assertLinks(header(get("/terms")), Set.of(SIGN_IN), Set.of());
    }

    @Test
    void aKeptArticlePageFirstRenderedForAnAdministratorShowsAReaderNoStaffLinks() throws Exception {
        ArticleSummary article = users.freshArticle();
        String path = "/articles/" + article.slug();
        assertLinks(header(get(path).with(user(new TestAccounts(registry).create(Role.ADMIN)))),
                Set.of(REVIEW, ADMIN, BELL, ACCOUNT, SIGN_OUT), Set.of(Role.ADMIN));
        AccountPrincipal reader = users.passedReader();
        String readerPage = mvc.perform(get(path).with(user(reader))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(readerPage).contains(article.title());
        assertLinks(headerOf(readerPage), Set.of(BELL, ACCOUNT, SIGN_OUT), reader.roles());
    }

    @Test
    void aKeptArticlePageCarriesTheEditorLinkOnlyToZoneRoleHolders() throws Exception {
        ArticleSummary article = users.freshArticle();
        String path = "/articles/" + article.slug();
        AccountPrincipal author = users.passedReader();
        AccountPrincipal admin = new TestAccounts(registry).create(Role.ADMIN);
        grants.grant(admin.id(), author.id(), article.zoneId(), ZoneRole.AUTHOR);
        assertThat(articleHeader(path, author)).as("the zone's author sees the editor link").contains(EDITOR);
        assertThat(articleHeader(path, users.passedReader())).as("a reader after the author").doesNotContain(EDITOR);

        ArticleSummary other = users.freshArticle();
        String otherPath = "/articles/" + other.slug();
        assertThat(articleHeader(otherPath, users.passedReader())).doesNotContain(EDITOR);
        assertThat(articleHeader(otherPath, author)).as("the author after a reader").contains(EDITOR);

        grants.revoke(admin.id(), author.id(), article.zoneId(), ZoneRole.AUTHOR);
        assertThat(articleHeader(path, author)).as("the role taken away").doesNotContain(EDITOR);
    }

    private String articleHeader(String path, AccountPrincipal reader) throws Exception {
        String page = mvc.perform(get(path).with(user(reader))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).as("the article, not its public landing").doesNotContain("article-landing");
        return headerOf(page);
    }

    @Test
    void theApplicationFormatsMessagesWithoutTheSharedLock() {
        assertThat(application.getBean("messageSource").getClass().getSimpleName()).isEqualTo("UnsharedFormatMessageSource");
    }

    private String header(MockHttpServletRequestBuilder request) throws Exception {
        return headerOf(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static String headerOf(String page) {
        int start = page.indexOf("<header class=\"site-header\">");
        int end = page.indexOf("</header>", start);
        assertThat(start).as("the page has the site header").isNotNegative();
        return page.substring(start, end);
    }

    private static void assertLinks(String header, Set<String> shown, Set<Role> roles) {
        for (String link : LINKS) {
            if (shown.contains(link)) {
                assertThat(header).as(roles + " sees " + link).contains(link);
            } else {
                assertThat(header).as(roles + " does not see " + link).doesNotContain(link);
            }
        }
    }
}
