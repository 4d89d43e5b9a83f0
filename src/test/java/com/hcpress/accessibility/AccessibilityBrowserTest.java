package com.hcpress.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.follow.DigestUnsubscribeLinks;
import com.hcpress.support.Axe;
import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.TestUsers;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.verification.Verifications;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * Every kind of page at 375 px, checked by axe-core against the WCAG 2.2 A/AA rules, with a clean
 * console: public pages, every step of the gate, a reader's pages, and the staff's tools.
 */
@HcpressIntegrationTest
class AccessibilityBrowserTest extends BrowserTestSupport {

    static final String ZONE = "liver-intervention";
    static final String ARTICLE = "/articles/tace-haic-2025-review";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountRegistry accounts;
    @Autowired
    Verifications verifications;
    @Autowired
    DigestUnsubscribeLinks digestLinks;

    /** Page name to its violations, for one message naming all of them. */
    final Map<String, List<String>> violations = new LinkedHashMap<>();
    /** The console errors of each page opened. */
    final List<List<String>> watched = new ArrayList<>();

    @AfterEach
    void report() {
        assertThat(violations).as("axe-core %s violations of %s", Axe.version(), Axe.WCAG_TAGS)
                .allSatisfy((page, found) -> assertThat(found).as(page).isEmpty());
        assertThat(watched.stream().flatMap(List::stream).toList()).as("console errors").isEmpty();
    }

    @Test
    void publicPages() {
        Page page = open("zh-CN");
        check(page, "/", "a11y-home");
        check(page, "/zones/" + ZONE, "a11y-zone-visitor");
        check(page, "/search?q=TACE", "a11y-search-visitor");
        check(page, "/login", "a11y-login");
        check(page, "/signup", "a11y-signup");
        check(page, "/password/forgot", "a11y-forgot");
        check(page, "/terms", "a11y-terms");
        check(page, "/?lang=en", "a11y-home-en");
        // A shared article link opened without a session: the gate's landing.
        check(page, ARTICLE, "a11y-article-landing");
        long reader = accounts.find(SignInIdentifier.parse("reader@hcpress.test").orElseThrow()).orElseThrow().id();
        check(page, digestLinks.url(reader).replaceFirst("^https?://[^/]+", ""), "a11y-digest-unsubscribe");
        page.context().close();
    }

    @Test
    void everyStepOfTheGate() throws Exception {
        String email = "a11y-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
        long id = accounts.create(SignInIdentifier.parse(email).orElseThrow(), TestUsers.READER_PASSWORD,
                EnumSet.of(Role.READER));
        Page page = open("zh-CN");
        page.navigate(url("/login"));
        page.fill("#username", email);
        page.fill("#password", TestUsers.READER_PASSWORD);
        page.click("form.stacked button[type=submit]");
        page.waitForLoadState();

        check(page, ARTICLE, "a11y-gate-agreement");
        page.click("button[value=agree]");
        page.waitForLoadState();
        checkHere(page, "a11y-gate-consent");
        check(page, "/gate/" + ZONE + "/skipped?next=" + ARTICLE, "a11y-gate-consent-skipped");
        page.navigate(url(ARTICLE));
        page.click("button[value=agree]");
        page.waitForURL(url -> url.contains("/verification/profile"));
        checkHere(page, "a11y-gate-profile");
        page.locator("input[name=profession]").first().check();
        page.fill("input[name=realName]", "无障碍测试");
        page.fill("input[name=institution]", "示范市人民医院");
        page.fill("input[name=department]", "介入科");
        page.fill("input[name=title]", "主治医师");
        page.fill("input[name=licenceNumber]", "110440100012345");
        page.setInputFiles("input[name=photo]", photo());
        page.click("main form button[type=submit]");
        page.waitForLoadState();
        checkHere(page, "a11y-gate-under-review");

        long submission = jdbc.sql("select max(id) from verification_submission where user_id = ?").param(id)
                .query(Long.class).single();
        long reviewer = accounts.find(SignInIdentifier.parse("reviewer@hcpress.test").orElseThrow()).orElseThrow().id();
        verifications.approve(reviewer, submission);
        check(page, ARTICLE, "a11y-gate-questions");
        page.check("input[name=specialty][value=interventional-radiology]");
        page.check("input[name=interests][value=haic]");
        page.click("main button.primary[type=submit]");
        page.waitForLoadState();
        checkHere(page, "a11y-gate-passed");
        page.context().close();

        Page rejected = signedIn("rejected");
        check(rejected, ARTICLE, "a11y-gate-rejected");
        rejected.click("a.button.block");
        rejected.waitForURL(url -> url.contains("/verification/profile"));
        checkHere(rejected, "a11y-gate-resubmit");
        rejected.context().close();
    }

    @Test
    void aReadersPages() {
        Page page = signedIn("reader");
        check(page, "/zones/" + ZONE, "a11y-zone-reader");
        page.navigate(url(ARTICLE));
        page.locator("#comments").scrollIntoViewIfNeeded();
        page.locator("#comment-form").waitFor();
        page.locator("#title-comment-count").waitFor();
        checkHere(page, "a11y-article");
        check(page, ARTICLE + "?lang=en", "a11y-article-en");
        check(page, "/studies/E_EMERALD1", "a11y-study");
        check(page, "/search?q=TACE", "a11y-search-reader");
        check(page, "/clinical", "a11y-clinical");
        check(page, "/clinical/child-pugh?bilirubin=34.2&bilirubinUnit=umol/L&albumin=35&albuminUnit=g/L&inr=1.7"
                + "&ascites=NONE&encephalopathy=NONE", "a11y-clinical-child-pugh");
        check(page, "/clinical/selector", "a11y-clinical-selector");
        check(page, "/account", "a11y-account");
        check(page, "/account/public-name", "a11y-public-name");
        check(page, "/account/sessions", "a11y-sessions");
        check(page, "/notifications", "a11y-notifications");
        check(page, "/notifications/preferences", "a11y-notification-preferences");
        page.context().close();
    }

    @Test
    void theStaffsTools() {
        long articleId = jdbc.sql("select id from article where slug = 'tace-haic-2025-review'").query(Long.class).single();
        long question = jdbc.sql("select min(q.id) from zone_question q join zone z on z.id = q.zone_id where z.slug = ?")
                .param(ZONE).query(Long.class).single();
        long reader = accounts.find(SignInIdentifier.parse("reader@hcpress.test").orElseThrow()).orElseThrow().id();
        checkAs("editor",
                "/editor", "a11y-editor",
                "/editor/articles/new", "a11y-editor-new",
                "/editor/articles/" + articleId, "a11y-editor-article",
                "/editor/articles/" + articleId + "/revisions", "a11y-editor-revisions",
                "/editor/comments", "a11y-editor-comments",
                "/editor/zones", "a11y-editor-zones",
                "/editor/zones/" + ZONE + "/questions", "a11y-editor-questions",
                "/editor/zones/" + ZONE + "/questions/" + question, "a11y-editor-question");
        checkAs("reviewer", "/review", "a11y-review");
        checkAs("admin",
                "/admin", "a11y-admin",
                "/admin/users", "a11y-admin-users",
                "/admin/users/" + reader, "a11y-admin-user",
                "/admin/legal", "a11y-admin-legal",
                "/admin/audit", "a11y-admin-audit",
                "/admin/consents", "a11y-admin-consents",
                "/admin/reviews", "a11y-admin-reviews");
    }

    /** Signs in as a demo account and checks each page: path, screenshot name, path, name, … */
    private void checkAs(String demo, String... pathsAndNames) {
        Page page = signedIn(demo);
        for (int i = 0; i + 1 < pathsAndNames.length; i += 2) {
            check(page, pathsAndNames[i], pathsAndNames[i + 1]);
        }
        page.context().close();
    }

    private Page open(String locale) {
        Page page = browser.phone(locale);
        watched.add(Axe.consoleErrors(page));
        return page;
    }

    private Page signedIn(String demo) {
        Page page = open("zh-CN");
        TestUsers.signInDemo(page, url(""), demo);
        return page;
    }

    private void check(Page page, String path, String name) {
        page.navigate(url(path));
        checkHere(page, name);
    }

    private void checkHere(Page page, String name) {
        // htmx fills some parts after the load (bell, counts): wait until the network is quiet.
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot(name)).setFullPage(false));
        violations.put(name + " " + page.url(), Axe.violations(page));
    }

    private static Path photo() throws Exception {
        Path file = Files.createDirectories(Path.of("target", "uploads")).resolve("a11y-licence.png");
        ImageIO.write(new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }
}
