package com.hcpress.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.consent.ConsentChoice;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.LegalDocument;
import com.hcpress.consent.RequestOrigin;
import com.hcpress.content.ContentCatalog;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.PassedReaders;
import com.hcpress.verification.DecisionResult;
import com.hcpress.verification.VerificationStatus;
import com.hcpress.verification.Verifications;

/**
 * The gate's promise under the reading path's caches: a withdrawn consent or a disabled account
 * closes the article within one second, whichever instance recorded the change. Requests go over
 * real HTTP with the session cookie, as a browser sends them; a change "on another instance" is
 * written straight into PostgreSQL, so this instance hears of it only through the database.
 */
@HcpressIntegrationTest
class GateClosesWithinASecondTest {

    private static final String ARTICLE = "/articles/tace-haic-2025-review";
    private static final String TITLE = "TACE 与 HAIC 怎么选";
    private static final Duration PROMISE = Duration.ofSeconds(1);
    private static final long TOUCH_INTERVAL_MILLIS = 60_000;

    @LocalServerPort
    int port;

    @Autowired
    PassedReaders passedReaders;

    @Autowired
    Consents consents;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    AccountRegistry accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Verifications verifications;

    private HttpClient browser;
    private UserDetails reader;
    private long readerId;

    @BeforeEach
    void signInAPassedReader() throws Exception {
        reader = passedReaders.create();
        readerId = Long.parseLong(reader.getUsername());
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = get("/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        String email = jdbc.sql("select email from app_user where id = ?").param(readerId).query(String.class).single();
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email)
                        + "&password=a-long-passphrase&_csrf=" + encode(csrf.group(1))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(readsTheArticle()).isTrue();
        assertThat(readsTheArticle()).as("the pass is now remembered").isTrue();
    }

    @Test
    void consentWithdrawnOnAnotherInstanceClosesTheArticleWithinASecond() throws Exception {
        LegalDocument zoneConsent = zoneConsent();
        jdbc.sql("insert into consent_event (user_id, document_id, version, sha256, choice) values (?, ?, ?, ?, 'WITHDRAWN')")
                .params(readerId, zoneConsent.id(), zoneConsent.version(), zoneConsent.sha256())
                .update();

        assertThat(timeUntilTheArticleCloses()).isLessThan(PROMISE);
        assertThat(get(ARTICLE).headers().firstValue("Location").orElseThrow()).contains("/gate/liver-intervention?next=");
    }

    @Test
    void consentWithdrawnOnThisInstanceClosesTheArticleAtOnce() throws Exception {
        consents.record(readerId, zoneConsent().id(), ConsentChoice.WITHDRAWN, new RequestOrigin("127.0.0.1", "test"));

        assertThat(readsTheArticle()).isFalse();
    }

    @Test
    void disabledAccountLosesTheArticleAtOnce() throws Exception {
        long admin = accounts.find(SignInIdentifier.parse("admin@hcpress.test").orElseThrow()).orElseThrow().id();
        accounts.disable(admin, readerId);

        assertThat(readsTheArticle()).isFalse();
    }

    @Test
    void sessionEndedOnAnotherInstanceEndsHereWithinASecond() throws Exception {
        jdbc.sql("delete from spring_session where principal_name = ?").param(reader.getUsername()).update();

        assertThat(timeUntilTheArticleCloses()).isLessThan(PROMISE);
    }

    @Test
    void readingPagesDoesNotWriteTheSession() throws Exception {
        long touchedBefore = lastAccess();
        for (int i = 0; i < 3; i++) {
            assertThat(readsTheArticle()).isTrue();
        }
        long touchedAfter = lastAccess();
        // Moved only if a whole touch interval (a minute) passed, which a very slow machine may take.
        assertThat(touchedAfter == touchedBefore || touchedAfter - touchedBefore >= TOUCH_INTERVAL_MILLIS)
                .as("last access %d, then %d", touchedBefore, touchedAfter).isTrue();
    }

    @Test
    void approvalRevokedOnThisInstanceClosesTheArticleAtOnceAndAsksForANewSubmission() throws Exception {
        long admin = accounts.find(SignInIdentifier.parse("admin@hcpress.test").orElseThrow()).orElseThrow().id();
        long approved = verifications.latest(readerId).orElseThrow().id();

        assertThat(verifications.revoke(admin, approved, "证书已注销").outcome()).isEqualTo(DecisionResult.Outcome.REVOKED);

        assertThat(readsTheArticle()).isFalse();
        assertThat(verifications.status(readerId).state()).isEqualTo(VerificationStatus.State.REVOKED);
        assertThat(verifications.status(readerId).maySubmit()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'verification.revoked' and subject = ?")
                .param("submission:" + approved).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void approvalRevokedOnAnotherInstanceClosesTheArticleWithinASecond() throws Exception {
        jdbc.sql("update verification_submission set revoked_at = now(), revocation_reason = 'x' where user_id = ? and status = 'APPROVED'")
                .param(readerId).update();

        assertThat(timeUntilTheArticleCloses()).isLessThan(PROMISE);
    }

    @Test
    void anExpiredApprovalClosesTheArticleWithinASecond() throws Exception {
        jdbc.sql("update verification_submission set decided_at = now() - interval '3 years 1 day', "
                        + "submitted_at = now() - interval '3 years 2 days' where user_id = ? and status = 'APPROVED'")
                .param(readerId).update();

        assertThat(timeUntilTheArticleCloses()).isLessThan(PROMISE);
        assertThat(verifications.status(readerId).state()).isEqualTo(VerificationStatus.State.EXPIRED);
        assertThat(get(ARTICLE).headers().firstValue("Location").orElseThrow()).contains("/gate/liver-intervention?next=");
    }

    /** From now (the change is committed) to the sending of the first request that found the gate closed. */
    private Duration timeUntilTheArticleCloses() throws Exception {
        long changed = System.nanoTime();
        while (true) {
            Duration sentAfter = Duration.ofNanos(System.nanoTime() - changed);
            if (!readsTheArticle()) {
                return sentAfter;
            }
            assertThat(sentAfter).as("the article still open after").isLessThan(PROMISE.multipliedBy(3));
            Thread.sleep(20);
        }
    }

    private boolean readsTheArticle() throws Exception {
        HttpResponse<String> page = get(ARTICLE);
        boolean open = page.statusCode() == 200 && page.body().contains(TITLE);
        if (!open) {
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.body()).doesNotContain(TITLE);
        }
        return open;
    }

    private LegalDocument zoneConsent() {
        long zoneId = catalog.zone("liver-intervention").orElseThrow().id();
        return consents.current(DocumentKind.ZONE_CONSENT, zoneId).orElseThrow();
    }

    private long lastAccess() {
        return jdbc.sql("select last_access_time from spring_session where principal_name = ?")
                .param(reader.getUsername()).query(Long.class).single();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
