package com.hcpress.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.hcpress.support.HcpressIntegrationTest;

@HcpressIntegrationTest
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void signsInWithEmailOrMobileAndChangesTheSessionId() throws Exception {
        String email = unique() + "@hcpress.test";
        registry.create(SignInIdentifier.parse(email).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        Cookie anonymous = mvc.perform(get("/gate/liver-intervention")).andReturn().getResponse().getCookie("SESSION");

        MvcResult result = mvc.perform(post("/login").with(csrf()).cookie(anonymous)
                        .param("username", email.toUpperCase()).param("password", "a-long-passphrase"))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(anonymous).isNotNull();
        assertThat(result.getResponse().getCookie("SESSION").getValue()).isNotEqualTo(anonymous.getValue());
        String mobile = "139" + (10_000_000 + (int) (Math.random() * 89_999_999));
        registry.create(SignInIdentifier.parse(mobile).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        mvc.perform(formLogin("/login").user("+86 " + mobile).password("a-long-passphrase"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void signingInReturnsToThePageThatAskedForIt() throws Exception {
        String email = unique() + "@hcpress.test";
        registry.create(SignInIdentifier.parse(email).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        MvcResult asked = mvc.perform(get("/gate/liver-intervention").queryParam("from", "mail"))
                .andExpect(status().is3xxRedirection()).andReturn();
        Cookie anonymous = asked.getResponse().getCookie("SESSION");

        MvcResult signedIn = mvc.perform(post("/login").with(csrf()).cookie(anonymous)
                        .param("username", email).param("password", "a-long-passphrase"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String back = signedIn.getResponse().getRedirectedUrl();
        assertThat(back).endsWith("/gate/liver-intervention?from=mail&continue");

        Cookie session = signedIn.getResponse().getCookie("SESSION");
        mvc.perform(get(back).cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/gate/liver-intervention").queryParam("continued", "no").cookie(session))
                .andExpect(status().isOk());
    }

    @Test
    void aWrongPasswordFailsAndIsAudited() throws Exception {
        String email = unique() + "@hcpress.test";
        registry.create(SignInIdentifier.parse(email).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));

        mvc.perform(formLogin("/login").user(email).password("wrong-password")).andExpect(redirectedUrl("/login?error"));

        assertThat(jdbc.sql("select count(*) from audit_log where action = 'sign-in.failed' and subject = ?")
                .param("login:" + email).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void fiveFailuresLockTheAccountForAWhileEvenWithTheRightPassword() throws Exception {
        String email = unique() + "@hcpress.test";
        registry.create(SignInIdentifier.parse(email).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT; i++) {
            mvc.perform(formLogin("/login").user(email).password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }

        MvcResult refused = mvc.perform(formLogin("/login").user(email).password("a-long-passphrase"))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        String page = mvc.perform(get("/login?error").cookie(refused.getResponse().getCookie("SESSION")))
                .andReturn().getResponse().getContentAsString();

        assertThat(jdbc.sql("select count(*) from audit_log where action = 'sign-in.throttled' and subject = ?")
                .param("login:" + email).query(Long.class).single()).isEqualTo(1);
        assertThat(page).contains("登录失败次数过多");
    }

    @Test
    void signUpValidatesEveryFieldAndRefusesCommonPasswords() throws Exception {
        String page = mvc.perform(post("/signup").with(csrf()).param("username", "not-an-address").param("password", "123456"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请输入有效的手机号或邮箱", "密码至少需要 8 个字符");

        page = mvc.perform(post("/signup").with(csrf()).param("username", unique() + "@hcpress.test").param("password", "password123"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("这个密码太常见");

        page = mvc.perform(post("/signup").with(csrf()).param("username", unique() + "@hcpress.test").param("password", "x".repeat(129)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("不能超过 128");
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountAnswerAlikeAndDisabledIsSaidOnlyAfterTheRightPassword() throws Exception {
        String email = unique() + "@hcpress.test";
        long id = registry.create(SignInIdentifier.parse(email).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        registry.disable(1L, id);

        String wrongPassword = errorPage(email, "not-the-passphrase");
        String unknown = errorPage(unique() + "@hcpress.test", "not-the-passphrase");
        String rightPassword = errorPage(email, "a-long-passphrase");

        assertThat(wrongPassword).contains("账号或密码不正确").doesNotContain("已停用");
        assertThat(unknown).contains("账号或密码不正确").doesNotContain("已停用");
        assertThat(rightPassword).contains("已停用");
    }

    private String errorPage(String username, String password) throws Exception {
        MvcResult failed = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        return mvc.perform(get("/login?error").cookie(failed.getResponse().getCookie("SESSION")))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        String email = unique() + "@hcpress.test";
        long id = registry.create(SignInIdentifier.parse(email).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        MvcResult signedIn = mvc.perform(formLogin("/login").user(email).password("a-long-passphrase")).andReturn();
        Cookie session = signedIn.getResponse().getCookie("SESSION");
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

        registry.disable(1L, id);

        mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(Long.toString(id))
                .query(Long.class).single()).isZero();
        mvc.perform(formLogin("/login").user(email).password("a-long-passphrase")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signOutNeedsAPostWithTokenAndIsAudited() throws Exception {
        String email = unique() + "@hcpress.test";
        long id = registry.create(SignInIdentifier.parse(email).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        Cookie session = mvc.perform(formLogin("/login").user(email).password("a-long-passphrase"))
                .andReturn().getResponse().getCookie("SESSION");

        mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(redirectedUrl("/"));

        mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'sign-out' and actor_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    private static String unique() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
