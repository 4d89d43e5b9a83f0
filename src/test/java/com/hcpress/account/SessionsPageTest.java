package com.hcpress.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.HttpUser;

@HcpressIntegrationTest
class SessionsPageTest {

    private static final Pattern END = Pattern.compile("/account/sessions/([0-9a-f]{20})/end");

    @LocalServerPort
    int port;
    @Autowired
    AccountRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void listsEachSessionAndEndsOneOrAllOthers() {
        String email = CodeMessages.email();
        registry.create(SignInIdentifier.parse(email).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        HttpUser here = user();
        HttpUser second = user();
        HttpUser third = user();
        for (HttpUser u : new HttpUser[] {here, second, third}) {
            u.signIn(email, "a-long-passphrase");
        }

        String page = here.get("/account/sessions").body();
        assertThat(page).contains("当前设备", "127.0.0.1", "Java-http-client", "最近使用");
        assertThat(page).doesNotContain(here.cookie("SESSION").orElseThrow(), second.cookie("SESSION").orElseThrow());
        Matcher others = END.matcher(page);
        assertThat(others.find()).isTrue();
        String firstOther = others.group(1);
        assertThat(others.find()).isTrue();
        assertThat(others.find()).as("the current session has no end button").isFalse();

        HttpResponse<String> ended = CodeMessages.post(here, "/account/sessions", "/account/sessions/" + firstOther + "/end",
                Map.of(), Map.of());
        assertThat(ended.headers().firstValue("Location").orElseThrow()).contains("/account/sessions?ended");
        long stillIn = java.util.stream.Stream.of(second, third).filter(u -> u.get("/account").statusCode() == 200).count();
        assertThat(stillIn).isEqualTo(1);

        CodeMessages.post(here, "/account/sessions", "/account/sessions/end-others", Map.of(), Map.of());
        assertThat(second.get("/account").statusCode()).isEqualTo(302);
        assertThat(third.get("/account").statusCode()).isEqualTo(302);
        assertThat(here.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void oneUserCannotEndAnothersSession() {
        String a = CodeMessages.email();
        String b = CodeMessages.email();
        registry.create(SignInIdentifier.parse(a).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        registry.create(SignInIdentifier.parse(b).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        HttpUser alice = user();
        HttpUser alicePhone = user();
        HttpUser bob = user();
        alice.signIn(a, "a-long-passphrase");
        alicePhone.signIn(a, "a-long-passphrase");
        bob.signIn(b, "a-long-passphrase");
        Matcher handle = END.matcher(alice.get("/account/sessions").body());
        assertThat(handle.find()).isTrue();

        CodeMessages.post(bob, "/account/sessions", "/account/sessions/" + handle.group(1) + "/end", Map.of(), Map.of());

        assertThat(alicePhone.get("/account").statusCode()).isEqualTo(200);
    }

    private HttpUser user() {
        return new HttpUser("http://localhost:" + port);
    }
}
