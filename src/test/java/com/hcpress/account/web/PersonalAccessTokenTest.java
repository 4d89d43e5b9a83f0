package com.hcpress.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.PersonalAccessTokens;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

@HcpressIntegrationTest
class PersonalAccessTokenTest {

    private static final String ARTICLE_API = "/api/v1/articles/tace-haic-2025-review";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestUsers readers;
    @Autowired
    PersonalAccessTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    com.hcpress.account.AccountRegistry registry;

    @Test
    void theAccountPageShowsANewTokenOnceAndStoresOnlyItsHash() throws Exception {
        UserDetails reader = readers.passedReader();
        MockHttpServletResponse created = mvc.perform(post("/account/tokens").param("name", "手机应用")
                .param("password", "a-long-passphrase").param("scope", "READ_WRITE").param("days", "30")
                .with(user(reader)).with(csrf())).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(created.getHeader("Cache-Control")).contains("no-store");
        String shown = created.getContentAsString(StandardCharsets.UTF_8);
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("hcp_[A-Za-z0-9_-]{43}").matcher(shown);
        assertThat(found.find()).isTrue();
        PersonalAccessTokens.TokenSummary summary = tokens.list(((AccountPrincipal) reader).id()).get(0);
        var token = new PersonalAccessTokens.CreatedToken(summary.id(), summary.name(), found.group());
        assertThat(shown).contains("手机应用");
        assertThat(bearer(get(ARTICLE_API), token.token()).getStatus()).isEqualTo(200);

        String later = mvc.perform(get("/account").with(user(reader)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(later).doesNotContain(token.token()).contains("手机应用", token.token().substring(0, 8));

        String stored = jdbc.sql("select token_hash from personal_access_token where id = ?").param(token.id())
                .query(String.class).single();
        assertThat(stored).isEqualTo(sha256(token.token())).doesNotContain(token.token());
        long rowsWithPlainToken = jdbc.sql("select count(*) from personal_access_token where token_hash = ? or name = ? or hint = ?")
                .params(token.token(), token.token(), token.token()).query(Long.class).single();
        assertThat(rowsWithPlainToken).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'token.created' and subject = ?")
                .param("token:" + token.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBearerTokenReadsTheApiUnderTheSameGateUntilRevoked() throws Exception {
        UserDetails reader = readers.passedReader();
        long readerId = ((AccountPrincipal) reader).id();
        String token = tokens.create(readerId, "script").token();

        assertThat(bearer(get(ARTICLE_API), token).getStatus()).isEqualTo(200);

        long pendingId = ((AccountPrincipal) users.loadUserByUsername(TestUsers.demoEmail("pending"))).id();
        String pendingToken = tokens.create(pendingId, "pending app").token();
        MockHttpServletResponse gated = bearer(get(ARTICLE_API), pendingToken);
        assertThat(gated.getStatus()).isEqualTo(403);
        assertThat(gated.getContentAsString()).doesNotContain("GLOBOCAN");

        long tokenId = tokens.list(readerId).get(0).id();
        assertThat(tokens.revoke(readerId, tokenId)).isTrue();
        MockHttpServletResponse revoked = bearer(get(ARTICLE_API), token);
        assertThat(revoked.getStatus()).isEqualTo(401);
        assertThat(revoked.getContentType()).startsWith("application/problem+json");
        assertThat(revoked.getHeader("WWW-Authenticate")).contains("invalid_token");
        assertThat(bearer(get(ARTICLE_API), "hcp_made-up").getStatus()).isEqualTo(401);
        assertThat(bearer(get(ARTICLE_API), "not even a token").getStatus()).isEqualTo(401);
    }

    @Test
    void aTokenIsNothingOutsideTheApi() throws Exception {
        UserDetails reader = readers.passedReader();
        String token = tokens.create(((AccountPrincipal) reader).id(), "script").token();

        // A page treats the request as anonymous: the article's public landing, the sign-in page.
        assertThat(bearer(get("/articles/tace-haic-2025-review"), token).getForwardedUrl())
                .isEqualTo("/shared/articles/tace-haic-2025-review");
        assertThat(bearer(get("/account"), token).getRedirectedUrl()).endsWith("/login");
        // A form post with a token and no CSRF token is refused like any other.
        assertThat(bearer(post("/account/tokens").param("name", "more"), token).getStatus()).isEqualTo(403);
        assertThat(bearer(post("/account/delete").param("password", "a-long-passphrase"), token).getStatus())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from app_user where id = ?").param(((AccountPrincipal) reader).id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void bearerApiPostsNeedNoCsrfTokenButSessionPostsStillDo() throws Exception {
        UserDetails reader = readers.passedReader();
        String token = tokens.create(((AccountPrincipal) reader).id(), "script").token();
        String body = "{\"body\":\"令牌发表的评论\"}";

        MockHttpServletResponse viaToken = bearer(post(ARTICLE_API + "/comments")
                .contentType(MediaType.APPLICATION_JSON).content(body), token);
        assertThat(viaToken.getStatus()).isEqualTo(201);

        int viaSession = mvc.perform(post(ARTICLE_API + "/comments").with(user(reader))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
        assertThat(viaSession).isEqualTo(403);
    }

    @Test
    void aNamelessTokenIsRefusedWithAMessage() throws Exception {
        UserDetails reader = readers.passedReader();
        MockHttpServletResponse response = mvc.perform(post("/account/tokens").param("name", "   ")
                .param("password", "a-long-passphrase").with(user(reader)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("请填写 1 至 60 个字的令牌名称");
        assertThat(tokens.list(((AccountPrincipal) reader).id())).isEmpty();
    }

    @Test
    void oneUserCannotRevokeAnothersToken() {
        long a = ((AccountPrincipal) readers.passedReader()).id();
        long b = ((AccountPrincipal) readers.passedReader()).id();
        tokens.create(a, "mine");
        long tokenOfA = tokens.list(a).get(0).id();

        assertThat(tokens.revoke(b, tokenOfA)).isFalse();
        assertThat(tokens.list(a).get(0).active()).isTrue();
    }

    @Test
    void makingATokenAsksForThePasswordAgain() throws Exception {
        UserDetails reader = readers.passedReader();
        for (String password : new String[] {"", "not-my-passphrase"}) {
            MockHttpServletResponse refused = mvc.perform(post("/account/tokens").param("name", "stolen session")
                    .param("password", password).with(user(reader)).with(csrf())).andReturn().getResponse();
            assertThat(refused.getStatus()).isEqualTo(400);
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("密码不正确，未创建令牌");
        }
        assertThat(tokens.list(((AccountPrincipal) reader).id())).isEmpty();
        for (String[] bad : new String[][] {{"READ", "0"}, {"READ", "366"}, {"ADMIN", "30"}, {"READ", "x"}}) {
            assertThat(mvc.perform(post("/account/tokens").param("name", "n").param("password", "a-long-passphrase")
                    .param("scope", bad[0]).param("days", bad[1]).with(user(reader)).with(csrf()))
                    .andReturn().getResponse().getStatus()).as(String.join(",", bad)).isEqualTo(400);
        }
        assertThat(tokens.list(((AccountPrincipal) reader).id())).isEmpty();
    }

    @Test
    void aReadTokenReadsButChangesNothing() throws Exception {
        UserDetails reader = readers.passedReader();
        String token = tokens.create(((AccountPrincipal) reader).id(), "reader", PersonalAccessTokens.Scope.READ, 30).token();

        assertThat(bearer(get(ARTICLE_API), token).getStatus()).isEqualTo(200);
        MockHttpServletResponse posted = bearer(post(ARTICLE_API + "/comments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"只读令牌\"}"), token);
        assertThat(posted.getStatus()).isEqualTo(403);
        assertThat(posted.getHeader("WWW-Authenticate")).contains("insufficient_scope");
    }

    @Test
    void aTokenExpiresAndShowsItsExpiryScopeAndLastUse() throws Exception {
        UserDetails reader = readers.passedReader();
        long readerId = ((AccountPrincipal) reader).id();
        var created = tokens.create(readerId, "short", PersonalAccessTokens.Scope.READ_WRITE, 1);
        assertThat(bearer(get(ARTICLE_API), created.token()).getStatus()).isEqualTo(200);
        PersonalAccessTokens.TokenSummary summary = tokens.list(readerId).get(0);
        assertThat(summary.lastUsedAt()).isNotNull();
        assertThat(summary.expiresAt()).isBetween(java.time.Instant.now().plusSeconds(86_000), java.time.Instant.now().plusSeconds(86_500));
        assertThat(tokens.create(readerId, "default").id()).isPositive();
        assertThat(tokens.list(readerId).get(0).expiresAt())
                .isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(89)));

        jdbc.sql("update personal_access_token set expires_at = now() - interval '1 second' where id = ?")
                .param(created.id()).update();
        assertThat(bearer(get(ARTICLE_API), created.token()).getStatus()).isEqualTo(401);
        String page = mvc.perform(get("/account").with(user(reader))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("已过期", "读写", "最近使用");
    }

    @Test
    void disablingTheAccountOrChangingItsPasswordEndsItsTokens() throws Exception {
        UserDetails reader = readers.passedReader();
        long readerId = ((AccountPrincipal) reader).id();
        String token = tokens.create(readerId, "script").token();
        assertThat(bearer(get(ARTICLE_API), token).getStatus()).isEqualTo(200);

        assertThat(registry.changePassword(readerId, "a-long-passphrase", "another-long-passphrase", null,
                java.util.Locale.CHINA)).isEmpty();
        assertThat(bearer(get(ARTICLE_API), token).getStatus()).isEqualTo(401);

        String second = tokens.create(readerId, "script 2").token();
        assertThat(bearer(get(ARTICLE_API), second).getStatus()).isEqualTo(200);
        registry.disable(1L, readerId);
        assertThat(bearer(get(ARTICLE_API), second).getStatus()).isEqualTo(401);
    }

    private MockHttpServletResponse bearer(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                                           String token) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
