package com.hcpress.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/**
 * The session cookie as a browser receives it over real HTTP: HttpOnly and SameSite=Lax always,
 * Secure (with HSTS) when the request came over TLS, here through a TLS-terminating proxy's
 * {@code X-Forwarded-Proto}.
 */
@HcpressIntegrationTest
class SessionCookieTest {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void overPlainHttpTheCookieIsHttpOnlyAndLaxButNotSecure() throws Exception {
        SignIn signIn = signIn(false);
        assertThat(signIn.cookie()).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(signIn.hsts()).isNull();
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        SignIn signIn = signIn(true);
        assertThat(signIn.cookie()).contains("HttpOnly", "SameSite=Lax", "Secure");
        assertThat(signIn.hsts()).contains("max-age=31536000");
    }

    private record SignIn(String cookie, String hsts) {
    }

    /** Signs the reader in with cookies handled by hand, so that a Secure cookie is still sent back. */
    private SignIn signIn(boolean tls) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = client.send(request("/login", tls).GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(form.headers().allValues("Set-Cookie"));
        Matcher token = CSRF_INPUT.matcher(form.body());
        assertThat(token.find()).isTrue();
        String body = "username=" + URLEncoder.encode(TestUsers.demoEmail("reader"), StandardCharsets.UTF_8)
                + "&password=" + TestUsers.DEMO_PASSWORD + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(request("/login", tls)
                .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        // Signing in gives a new session id (no fixation), in a new cookie.
        return new SignIn(sessionCookie(signedIn.headers().allValues("Set-Cookie")),
                signedIn.headers().firstValue("Strict-Transport-Security").orElse(null));
    }

    private HttpRequest.Builder request(String path, boolean tls) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (tls) {
            request.header("X-Forwarded-Proto", "https");
        }
        return request;
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
    }
}
