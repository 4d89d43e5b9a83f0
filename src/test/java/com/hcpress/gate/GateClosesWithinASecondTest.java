package com.hcpress.gate;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

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
import com.hcpress.support.ArticleAnswers;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.HttpUser;
import com.hcpress.support.TestUsers;
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
    TestUsers passedReaders;

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

    private HttpUser browser;
    private UserDetails reader;
    private long readerId;

    @BeforeEach
    void signInAPassedReader() {
        browser = new HttpUser("http://localhost:" + port);
        reader = passedReaders.signInPassedReader(browser);
        readerId = Long.parseLong(reader.getUsername());
        assertThat(readsTheArticle()).isTrue();
        assertThat(readsTheArticle()).as("the pass is now remembered").isTrue();
    }

    @Test
    void consentWithdrawnOnAnotherInstanceClosesTheArticleWithinASecond() {
        LegalDocument zoneConsent = zoneConsent();
        jdbc.sql("insert into consent_event (user_id, document_id, version, sha256, choice) values (?, ?, ?, ?, 'WITHDRAWN')")
                .params(readerId, zoneConsent.id(), zoneConsent.version(), zoneConsent.sha256())
                .update();

        closesWithinThePromise();
        assertThat(browser.get(ARTICLE).headers().firstValue("Location").orElseThrow()).contains("/gate/liver-intervention?next=");
    }

    @Test
    void consentWithdrawnOnThisInstanceClosesTheArticleAtOnce() {
        consents.record(readerId, zoneConsent().id(), ConsentChoice.WITHDRAWN, new RequestOrigin("127.0.0.1", "test"));

        assertThat(readsTheArticle()).isFalse();
    }

    @Test
    void disabledAccountLosesTheArticleAtOnce() {
        long admin = accounts.find(SignInIdentifier.parse("admin@hcpress.test").orElseThrow()).orElseThrow().id();
        accounts.disable(admin, readerId);

        assertThat(readsTheArticle()).isFalse();
    }

    @Test
    void sessionEndedOnAnotherInstanceEndsHereWithinASecond() {
        jdbc.sql("delete from spring_session where principal_name = ?").param(reader.getUsername()).update();

        closesWithinThePromise();
    }

    @Test
    void readingPagesDoesNotWriteTheSession() {
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
    void approvalRevokedOnThisInstanceClosesTheArticleAtOnceAndAsksForANewSubmission() {
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
    void approvalRevokedOnAnotherInstanceClosesTheArticleWithinASecond() {
        jdbc.sql("update verification_submission set revoked_at = now(), revocation_reason = 'x' where user_id = ? and status = 'APPROVED'")
                .param(readerId).update();

        closesWithinThePromise();
    }

    @Test
    void anExpiredApprovalClosesTheArticleWithinASecond() {
        jdbc.sql("update verification_submission set decided_at = now() - interval '3 years 1 day', "
                        + "submitted_at = now() - interval '3 years 2 days' where user_id = ? and status = 'APPROVED'")
                .param(readerId).update();

        closesWithinThePromise();
        assertThat(verifications.status(readerId).state()).isEqualTo(VerificationStatus.State.EXPIRED);
        assertThat(browser.get(ARTICLE).headers().firstValue("Location").orElseThrow()).contains("/gate/liver-intervention?next=");
    }

    /** From now (the change is committed), the article closes before the promise's deadline. */
    private void closesWithinThePromise() {
        await("the article closes").atMost(PROMISE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> !readsTheArticle());
    }

    private boolean readsTheArticle() {
        HttpResponse<String> page = browser.get(ARTICLE);
        boolean open = ArticleAnswers.isTheArticle(page) && page.body().contains(TITLE);
        if (!open && !ArticleAnswers.isTheLanding(page)) {
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
}
