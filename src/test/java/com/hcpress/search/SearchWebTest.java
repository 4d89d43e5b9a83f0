package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/** The results page, the suggestions, the API and the admin page, each under the gate's rules. */
@HcpressIntegrationTest
class SearchWebTest {

    static final String DEMO = "/articles/tace-haic-2025-review";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountRegistry registry;
    @Autowired
    SearchIndexer indexer;

    @BeforeEach
    void indexed() {
        indexer.awaitIdle(Duration.ofSeconds(60));
    }

    @Test
    void everyPageCarriesTheSearchBoxWithSuggestions() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("class=\"site-search\"")))
                .andExpect(content().string(containsString("hx-get=\"/search/suggestions\"")))
                .andExpect(content().string(containsString("input changed delay:300ms")));
    }

    @Test
    void aPassedReaderGetsHighlightedSnippets() throws Exception {
        String html = mvc.perform(get("/search").param("q", "FOLFOX").with(TestUsers.asDemo(users, "editor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("href=\"" + DEMO + "\"", "<mark>FOLFOX</mark>", "class=\"snippet\"")
                .doesNotContain("class=\"lock\"");
    }

    @Test
    void anonymousReadersGetLockedTitlesWithoutText() throws Exception {
        String html = mvc.perform(get("/search").param("q", "HAIC"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"" + DEMO + "\"", "class=\"lock\"", "部分结果来自您尚未通过认证的专区")
                .doesNotContain("class=\"snippet\"", "FOLFOX");

        String bodyOnly = mvc.perform(get("/search").param("q", "FOLFOX"))
                .andReturn().getResponse().getContentAsString();
        assertThat(bodyOnly).contains("没有找到相关内容").doesNotContain(DEMO);
    }

    @Test
    void aReaderWhoHasNotPassedTheGateSeesWhatAnonymousReadersSee() throws Exception {
        UserDetails newcomer = newReader();
        mvc.perform(get("/api/v1/search").param("q", "HAIC").with(user(newcomer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].locked", everyItem(org.hamcrest.Matchers.is(true))))
                .andExpect(jsonPath("$.hits[*].url", hasItem(DEMO)))
                .andExpect(jsonPath("$.hits[*].snippet").isEmpty());
        mvc.perform(get("/api/v1/search").param("q", "Lencioni").with(user(newcomer)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void theApiAnswersHitsWithTypeTitleUrlAndEscapedSnippet() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "Lencioni").with(TestUsers.asDemo(users, "editor")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.hits[0].type").isString())
                .andExpect(jsonPath("$.hits[0].title").isString())
                .andExpect(jsonPath("$.hits[0].url").isString())
                .andExpect(jsonPath("$.hits[*].type", hasItem("reference")))
                .andExpect(jsonPath("$.hits[*].snippet", hasItem(containsString("<mark>Lencioni</mark>"))))
                .andExpect(jsonPath("$.hits[*].url", hasItem(containsString(DEMO + "#ref-"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void theApiRefusesAnEmptyQuery(String q) throws Exception {
        mvc.perform(get("/api/v1/search").param("q", q))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theApiRefusesAMissingOrOverlongQuery() throws Exception {
        mvc.perform(get("/api/v1/search"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/search").param("q", "肝".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(get("/api/v1/search").param("q", "肝".repeat(200))).andExpect(status().isOk());
    }

    @Test
    void thePageEscapesWhatWasTypedAndRefusesOverlongQueries() throws Exception {
        mvc.perform(get("/search").param("q", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
        mvc.perform(get("/search").param("q", "x".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("搜索内容最多 200 个字符")));
    }

    @Test
    void suggestionsAreASmallFragmentForTextBeingTyped() throws Exception {
        String fragment = mvc.perform(get("/search/suggestions").param("q", "hepato")
                        .header("HX-Request", "true").with(TestUsers.asDemo(users, "editor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("suggestion-list", DEMO + "#ref-", "/search?q=hepato").doesNotContain("<html");

        mvc.perform(get("/search/suggestions").param("q", " ")).andExpect(content().string(""));
    }

    @Test
    void theAdminRebuildsTheIndexAndWatchesItsProgress() throws Exception {
        mvc.perform(get("/admin/search").with(TestUsers.asDemo(users, "editor"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/search/reindex").with(TestUsers.asDemo(users, "admin")))
                .andExpect(status().isForbidden());

        mvc.perform(get("/admin/search").with(TestUsers.asDemo(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("与数据库一致")));
        mvc.perform(post("/admin/search/reindex").header("HX-Request", "true").with(csrf())
                        .with(TestUsers.asDemo(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reindex-progress\"")));
        indexer.awaitIdle(Duration.ofSeconds(60));
        mvc.perform(get("/admin/search/progress").with(TestUsers.asDemo(users, "admin")))
                .andExpect(content().string(containsString("重建完成")))
                .andExpect(content().string(not(containsString("hx-trigger"))));
    }

    private UserDetails newReader() {
        String email = "search-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
        registry.create(SignInIdentifier.parse(email).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        return users.loadUserByUsername(email);
    }
}
