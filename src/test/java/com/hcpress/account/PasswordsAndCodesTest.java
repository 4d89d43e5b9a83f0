package com.hcpress.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.HttpUser;

/** Forgotten password, changed password and sign-in by code, over HTTP with real sessions. */
@HcpressIntegrationTest
class PasswordsAndCodesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountRegistry registry;

    @Test
    void aResetEndsEverySessionAndTheNewPasswordSignsIn() {
        String email = CodeMessages.email();
        registry.create(SignInIdentifier.parse(email).orElseThrow(), "the-old-passphrase", EnumSet.of(Role.READER));
        HttpUser phone = user();
        HttpUser laptop = user();
        phone.signIn(email, "the-old-passphrase");
        laptop.signIn(email, "the-old-passphrase");
        assertThat(phone.get("/account").statusCode()).isEqualTo(200);

        HttpUser forgetful = user();
        HttpResponse<String> asked = CodeMessages.post(forgetful, "/password/forgot", "/password/forgot",
                Map.of("username", email), CodeMessages.from());
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/password/reset");
        String code = new CodeMessages(jdbc).code(email, "password-reset-code");

        HttpResponse<String> weak = CodeMessages.post(forgetful, "/password/reset", "/password/reset",
                Map.of("code", code, "password", "123"), Map.of());
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("密码至少需要 8 个字符");
        HttpResponse<String> reset = CodeMessages.post(forgetful, "/password/reset", "/password/reset",
                Map.of("code", code, "password", "the-new-passphrase"), Map.of());
        assertThat(reset.headers().firstValue("Location").orElseThrow()).endsWith("/login?reset");

        assertThat(phone.get("/account").statusCode()).isEqualTo(302);
        assertThat(laptop.get("/account").statusCode()).isEqualTo(302);
        assertThat(user().signIn(email, "the-old-passphrase").headers().firstValue("Location").orElseThrow()).contains("error");
        HttpUser again = user();
        again.signIn(email, "the-new-passphrase");
        assertThat(again.get("/account").statusCode()).isEqualTo(200);
        assertThat(new CodeMessages(jdbc).latestBody(email, "password-changed")).isPresent();
    }

    @Test
    void aResetAnswersAlikeForAnUnknownIdentifierAndSendsNothing() {
        String unknown = CodeMessages.email();
        HttpUser stranger = user();
        HttpResponse<String> asked = CodeMessages.post(stranger, "/password/forgot", "/password/forgot",
                Map.of("username", unknown), CodeMessages.from());
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/password/reset");
        assertThat(stranger.get("/password/reset").body()).contains(unknown, "name=\"code\"", "name=\"password\"");
        assertThat(new CodeMessages(jdbc).count(unknown)).isZero();
        HttpResponse<String> guessed = CodeMessages.post(stranger, "/password/reset", "/password/reset",
                Map.of("code", "123456", "password", "the-new-passphrase"), Map.of());
        assertThat(guessed.statusCode()).isEqualTo(400);
        assertThat(guessed.body()).contains("验证码不正确");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOnlyTheOtherSessions() {
        String email = CodeMessages.email();
        registry.create(SignInIdentifier.parse(email).orElseThrow(), "the-old-passphrase", EnumSet.of(Role.READER));
        HttpUser here = user();
        HttpUser elsewhere = user();
        here.signIn(email, "the-old-passphrase");
        elsewhere.signIn(email, "the-old-passphrase");

        HttpResponse<String> wrong = CodeMessages.post(here, "/account", "/account/password",
                Map.of("currentPassword", "not-my-passphrase", "newPassword", "the-new-passphrase"), Map.of());
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("当前密码不正确");
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);

        HttpResponse<String> changed = CodeMessages.post(here, "/account", "/account/password",
                Map.of("currentPassword", "the-old-passphrase", "newPassword", "the-new-passphrase"), Map.of());
        assertThat(changed.headers().firstValue("Location").orElseThrow()).contains("/account?passwordChanged");
        assertThat(here.get("/account").statusCode()).isEqualTo(200);
        assertThat(elsewhere.get("/account").statusCode()).isEqualTo(302);
        long id = registry.find(SignInIdentifier.parse(email).orElseThrow()).orElseThrow().id();
        assertThat(registry.passwordMatches(id, "the-new-passphrase")).isTrue();
    }

    @Test
    void aCodeSignsInWithoutThePasswordAndSaysDisabledOnlyAfterTheRightCode() {
        String mobile = "137" + (10_000_000 + (int) (Math.random() * 89_999_999));
        long id = registry.create(SignInIdentifier.parse(mobile).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        HttpUser user = user();
        HttpResponse<String> asked = CodeMessages.post(user, "/login/code", "/login/code",
                Map.of("username", "+86 " + mobile), CodeMessages.from());
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/login/code/verify");
        String code = new CodeMessages(jdbc).code(mobile, "sign-in-code");
        assertThat(jdbc.sql("select channel from message_outbox where address = ? order by id desc limit 1")
                .param(mobile).query(String.class).single()).isEqualTo("SMS");
        String before = user.cookie("SESSION").orElseThrow();
        HttpResponse<String> signedIn = CodeMessages.post(user, "/login/code/verify", "/login/code/verify",
                Map.of("code", code), Map.of());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(user.cookie("SESSION").orElseThrow()).isNotEqualTo(before);
        assertThat(user.get("/account").statusCode()).isEqualTo(200);

        registry.disable(1L, id);
        HttpUser again = user();
        CodeMessages.post(again, "/login/code", "/login/code", Map.of("username", mobile), CodeMessages.from());
        HttpResponse<String> wrongCode = CodeMessages.post(again, "/login/code/verify", "/login/code/verify",
                Map.of("code", "000000".equals(new CodeMessages(jdbc).code(mobile, "sign-in-code")) ? "111111" : "000000"), Map.of());
        assertThat(wrongCode.body()).doesNotContain("已停用");
        HttpResponse<String> rightCode = CodeMessages.post(again, "/login/code/verify", "/login/code/verify",
                Map.of("code", new CodeMessages(jdbc).code(mobile, "sign-in-code")), Map.of());
        assertThat(rightCode.statusCode()).isEqualTo(400);
        assertThat(rightCode.body()).contains("已停用");
        assertThat(again.get("/account").statusCode()).isEqualTo(302);
    }

    private HttpUser user() {
        return new HttpUser("http://localhost:" + port);
    }
}
