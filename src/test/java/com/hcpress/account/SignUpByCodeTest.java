package com.hcpress.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.HttpUser;

/** Sign-up proves the contact with a code; its answers never tell whether an account exists. */
@HcpressIntegrationTest
class SignUpByCodeTest {

    private static final String ARTICLE = "/articles/tace-haic-2025-review";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountRegistry registry;

    @Test
    void aNewReaderIsSignedInAfterTheCodeAndTakenBackToTheArticle() {
        HttpUser user = new HttpUser("http://localhost:" + port);
        CodeMessages outbox = new CodeMessages(jdbc);
        String email = CodeMessages.email();
        // The article shows a stranger its landing, whose sign-in leads to the gate, which sends to sign-in;
        // from there, to sign up.
        java.util.regex.Matcher toGate = java.util.regex.Pattern.compile("href=\"(/gate/[^\"]+)\"")
                .matcher(user.get(ARTICLE).body());
        assertThat(toGate.find()).isTrue();
        String gatePath = toGate.group(1).replace("&amp;", "&");
        assertThat(gatePath).startsWith("/gate/");
        assertThat(user.get(gatePath).headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> started = CodeMessages.post(user, "/signup", "/signup",
                Map.of("username", email, "password", "a-long-passphrase"), CodeMessages.from());
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(started.headers().firstValue("Location").orElseThrow()).endsWith("/signup/verify");
        assertThat(registry.find(SignInIdentifier.parse(email).orElseThrow())).isEmpty();
        String code = outbox.code(email, "signup-code");
        String stored = jdbc.sql("select code_hash from one_time_code where identifier = ? order by id desc limit 1")
                .param(email).query(String.class).single();
        assertThat(stored).doesNotContain(code).hasSize(64);

        String wrong = code.equals("000000") ? "111111" : "000000";
        HttpResponse<String> refused = CodeMessages.post(user, "/signup/verify", "/signup/verify", Map.of("code", wrong), Map.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("验证码不正确");

        HttpResponse<String> verified = CodeMessages.post(user, "/signup/verify", "/signup/verify", Map.of("code", code), Map.of());
        assertThat(verified.statusCode()).isEqualTo(302);
        assertThat(verified.headers().firstValue("Location").orElseThrow()).contains(gatePath);
        assertThat(user.get("/account").statusCode()).isEqualTo(200);
        assertThat(registry.find(SignInIdentifier.parse(email).orElseThrow()).orElseThrow().roles())
                .containsExactly(Role.READER);
        // The code is spent.
        assertThat(jdbc.sql("select count(*) from one_time_code where identifier = ? and used_at is null")
                .param(email).query(Long.class).single()).isZero();
    }

    @Test
    void aTakenIdentifierGetsTheSameAnswerAndItsOwnerANotice() {
        CodeMessages outbox = new CodeMessages(jdbc);
        String taken = CodeMessages.email();
        registry.create(SignInIdentifier.parse(taken).orElseThrow(), "a-long-passphrase", java.util.EnumSet.of(Role.READER));
        String free = CodeMessages.email();

        HttpUser a = new HttpUser("http://localhost:" + port);
        HttpUser b = new HttpUser("http://localhost:" + port);
        HttpResponse<String> forTaken = CodeMessages.post(a, "/signup", "/signup",
                Map.of("username", taken, "password", "another-passphrase"), CodeMessages.from());
        HttpResponse<String> forFree = CodeMessages.post(b, "/signup", "/signup",
                Map.of("username", free, "password", "another-passphrase"), CodeMessages.from());

        assertThat(forTaken.statusCode()).isEqualTo(forFree.statusCode()).isEqualTo(302);
        assertThat(forTaken.headers().firstValue("Location")).isEqualTo(forFree.headers().firstValue("Location"));
        String takenPage = a.get("/signup/verify").body();
        String freePage = b.get("/signup/verify").body();
        assertThat(neutral(takenPage, taken)).isEqualTo(neutral(freePage, free));
        assertThat(takenPage).doesNotContain("已注册", "已有账户");

        assertThat(outbox.latestBody(taken, "signup-code")).isEmpty();
        assertThat(outbox.latestBody(taken, "account-exists").orElseThrow()).contains("/login", "/password/forgot");
        // No code the stranger could type works for the taken address.
        for (int i = 0; i < OneTimeCodes.MAX_TRIES; i++) {
            HttpResponse<String> tried = CodeMessages.post(a, "/signup/verify", "/signup/verify",
                    Map.of("code", String.format("%06d", i)), Map.of());
            assertThat(tried.statusCode()).isEqualTo(400);
        }
        assertThat(registry.passwordMatches(registry.find(SignInIdentifier.parse(taken).orElseThrow()).orElseThrow().id(),
                "a-long-passphrase")).isTrue();
    }

    @Test
    void aCodeAllowsFiveTriesAndANewOneComesAfterAMinute() {
        HttpUser user = new HttpUser("http://localhost:" + port);
        CodeMessages outbox = new CodeMessages(jdbc);
        String email = CodeMessages.email();
        Map<String, String> from = CodeMessages.from();
        CodeMessages.post(user, "/signup", "/signup", Map.of("username", email, "password", "a-long-passphrase"), from);
        String code = outbox.code(email, "signup-code");
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < OneTimeCodes.MAX_TRIES; i++) {
            CodeMessages.post(user, "/signup/verify", "/signup/verify", Map.of("code", wrong), Map.of());
        }
        HttpResponse<String> spent = CodeMessages.post(user, "/signup/verify", "/signup/verify", Map.of("code", code), Map.of());
        assertThat(spent.statusCode()).isEqualTo(400);
        assertThat(spent.body()).contains("验证码已失效");

        HttpResponse<String> tooSoon = CodeMessages.post(user, "/signup/verify", "/signup/resend", Map.of(), from);
        assertThat(tooSoon.statusCode()).isEqualTo(429);
        assertThat(tooSoon.body()).contains("后再重新发送");

        jdbc.sql("update one_time_code set created_at = created_at - interval '61 seconds' where identifier = ?")
                .param(email).update();
        HttpResponse<String> resent = CodeMessages.post(user, "/signup/verify", "/signup/resend", Map.of(), from);
        assertThat(resent.statusCode()).isEqualTo(302);
        String second = outbox.code(email, "signup-code");
        HttpResponse<String> verified = CodeMessages.post(user, "/signup/verify", "/signup/verify", Map.of("code", second), Map.of());
        assertThat(verified.statusCode()).isEqualTo(302);
        assertThat(user.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void anExpiredCodeNoLongerWorks() {
        HttpUser user = new HttpUser("http://localhost:" + port);
        String email = CodeMessages.email();
        CodeMessages.post(user, "/signup", "/signup", Map.of("username", email, "password", "a-long-passphrase"),
                CodeMessages.from());
        String code = new CodeMessages(jdbc).code(email, "signup-code");
        jdbc.sql("update one_time_code set expires_at = now() - interval '1 second' where identifier = ?").param(email).update();

        HttpResponse<String> late = CodeMessages.post(user, "/signup/verify", "/signup/verify", Map.of("code", code), Map.of());
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(registry.find(SignInIdentifier.parse(email).orElseThrow())).isEmpty();
    }

    @Test
    void codesAreThrottledPerIdentifierAndPerAddress() {
        HttpUser user = new HttpUser("http://localhost:" + port);
        String email = CodeMessages.email();
        for (int i = 0; i < CodeThrottle.PER_IDENTIFIER; i++) {
            assertThat(CodeMessages.post(user, "/signup", "/signup", Map.of("username", email, "password", "a-long-passphrase"),
                    CodeMessages.from()).statusCode()).isEqualTo(302);
        }
        HttpResponse<String> blocked = CodeMessages.post(user, "/signup", "/signup",
                Map.of("username", email, "password", "a-long-passphrase"), CodeMessages.from());
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("请求验证码过于频繁");

        Map<String, String> oneAddress = CodeMessages.from();
        for (int i = 0; i < CodeThrottle.PER_ADDRESS; i++) {
            CodeMessages.post(user, "/password/forgot", "/password/forgot", Map.of("username", CodeMessages.email()), oneAddress);
        }
        assertThat(CodeMessages.post(user, "/password/forgot", "/password/forgot",
                Map.of("username", CodeMessages.email()), oneAddress).statusCode()).isEqualTo(429);
    }

    @Test
    void anOffSiteNextIsIgnored() {
        HttpUser user = new HttpUser("http://localhost:" + port);
        String email = CodeMessages.email();
        CodeMessages.post(user, "/signup?next=//evil.example", "/signup",
                Map.of("username", email, "password", "a-long-passphrase", "next", "//evil.example"), CodeMessages.from());
        String code = new CodeMessages(jdbc).code(email, "signup-code");
        HttpResponse<String> verified = CodeMessages.post(user, "/signup/verify", "/signup/verify", Map.of("code", code), Map.of());
        assertThat(java.net.URI.create(verified.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo("/");
    }

    /** The page without what differs by nature: the identifier typed and the CSRF tokens. */
    private static String neutral(String page, String identifier) {
        return page.replace(identifier, "IDENTIFIER").replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "")
                .replaceAll("<meta name=\"_csrf\" content=\"[^\"]+\"", "");
    }
}
