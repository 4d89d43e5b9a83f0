package com.hcpress.verification.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.verification.SubmissionView;
import com.hcpress.verification.TestAccounts;
import com.hcpress.verification.TestImages;
import com.hcpress.verification.VerificationStatus.State;
import com.hcpress.verification.Verifications;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

@HcpressIntegrationTest
class VerificationBrowserTest extends BrowserTestSupport {

    static final String ARTICLE = "/articles/tace-haic-2025-review";
    // After a submission the user goes on to the article: to it, or to its zone's gate on the way.
    static final Pattern ON_THE_WAY_TO_THE_ARTICLE =
            Pattern.compile(".*(" + ARTICLE + "|next=" + ARTICLE.replace("/", "%2F") + ")$");

    static Path licencePhoto;

    @Autowired
    AccountRegistry registry;
    @Autowired
    Verifications verifications;

    TestAccounts accounts;

    @BeforeAll
    static void preparePhoto() throws IOException {
        licencePhoto = Path.of("target", "licence-photo.png");
        Files.createDirectories(licencePhoto.getParent());
        Files.write(licencePhoto, TestImages.png(TestImages.licence()));
    }

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(registry);
    }

    @Test
    void aReaderIsRejectedWithAReasonAndResubmits() {
        AccountPrincipal reader = accounts.reader();
        AccountPrincipal reviewer = accounts.reviewer();

        Page readerPage = signedIn(reader);
        readerPage.navigate(url("/verification/profile?next=" + ARTICLE));
        assertThat(readerPage.locator("h1")).hasText("完善信息");
        shoot(readerPage, "verification-1-profile-empty", true);

        readerPage.locator("label.choice", new Page.LocatorOptions().setHasText("护士")).click();
        readerPage.fill("#institution", "市第一人民医院");
        readerPage.fill("#department", "肝胆外科");
        readerPage.fill("#title", "主管护师");
        readerPage.fill("#licenceNumber", "NUR-2024-0001");
        readerPage.setInputFiles("#photo", licencePhoto);
        readerPage.click(".profile-form button[type=submit]");

        assertThat(readerPage.locator("#realName-error")).hasText("请填写真实姓名");
        assertThat(readerPage.locator("#institution")).hasValue("市第一人民医院");
        shoot(readerPage, "verification-2-profile-field-error", true);

        readerPage.fill("#realName", "李静");
        readerPage.setInputFiles("#photo", licencePhoto);
        readerPage.click(".profile-form button[type=submit]");
        assertThat(readerPage).hasURL(ON_THE_WAY_TO_THE_ARTICLE);
        assertThat(verifications.status(reader.id()).state()).isEqualTo(State.PENDING);

        Page reviewerPage = signedIn(reviewer);
        SubmissionView submitted = verifications.latest(reader.id()).orElseThrow();
        // The queue from this submission on: the other tests may have filled its first page.
        reviewerPage.navigate(url("/review?after=" + submitted.submittedAt() + "~" + (submitted.id() - 1)));
        assertThat(reviewerPage.locator(".queue")).containsText("李静");
        shoot(reviewerPage, "verification-3-review-queue", false);

        reviewerPage.locator(".queue-link", new Page.LocatorOptions().setHasText("李静")).last().click();
        assertThat(reviewerPage.locator(".licence-number")).hasText("NUR-2024-0001");
        reviewerPage.locator(".licence-photo img").scrollIntoViewIfNeeded();
        assertThat(((Number) reviewerPage.evaluate("document.querySelector('.licence-photo img').naturalWidth")).intValue())
                .as("the licence photo is shown").isEqualTo(900);
        shoot(reviewerPage, "verification-4-review-submission", true);

        // Only the photo is marked wrong, with a reason from the templates and a note.
        reviewerPage.check("#mark-PHOTO");
        reviewerPage.selectOption("#reason-PHOTO", new SelectOption().setLabel("照片不清晰"));
        reviewerPage.fill("#note-PHOTO", "请在光线充足处重新拍摄证书首页");
        reviewerPage.click(".reject-form button[type=submit]");
        assertThat(reviewerPage).hasURL(Pattern.compile(".*/review$"));
        shoot(reviewerPage, "verification-5-review-rejected", false);

        readerPage.navigate(url("/verification/status?next=" + ARTICLE));
        assertThat(readerPage.locator("h1")).hasText("审核未通过");
        assertThat(readerPage.locator(".field-reasons")).containsText("照片不清晰");
        assertThat(readerPage.locator(".field-reasons")).containsText("请在光线充足处重新拍摄证书首页");
        shoot(readerPage, "verification-6-rejected", true);

        readerPage.click("a.button.block");
        assertThat(readerPage.locator("#realName")).hasValue("李静");
        assertThat(readerPage.locator("input[name=profession][value=NURSE]")).isChecked();
        readerPage.setInputFiles("#photo", licencePhoto);
        readerPage.click(".profile-form button[type=submit]");
        assertThat(readerPage).hasURL(ON_THE_WAY_TO_THE_ARTICLE);
        assertThat(verifications.history(reader.id())).hasSize(2);
        assertThat(verifications.status(reader.id()).state()).isEqualTo(State.PENDING);

        readerPage.navigate(url("/verification/status"));
        shoot(readerPage, "verification-7-pending-with-history", true);
        readerPage.context().close();
        reviewerPage.context().close();
    }

    @Test
    void anUploadFarOverTheLimitGetsAFriendlyPage() throws IOException {
        Page page = signedIn(accounts.reader());
        page.navigate(url("/verification/profile?next=" + ARTICLE));
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        new Random(1).nextBytes(tenMegabytes);
        Path huge = Files.write(Path.of("target", "huge.jpg"), tenMegabytes);
        page.setInputFiles("#photo", huge);
        page.click(".profile-form button[type=submit]");
        assertThat(page.locator("h1")).hasText("文件过大");
        assertThat(page.locator("a.button")).hasAttribute("href", "/verification/profile?next=" + ARTICLE);
        shoot(page, "verification-upload-too-large", false);
        page.context().close();
    }

    @Test
    void theEnglishFormFitsAPhone() {
        Page page = browser.phone("en-US");
        signIn(page, accounts.reader());
        page.navigate(url("/verification/profile?lang=en"));
        assertThat(page.locator("h1")).hasText("Complete your profile");
        shoot(page, "verification-profile-en", true);
        page.context().close();
    }

    private Page signedIn(AccountPrincipal account) {
        Page page = browser.phone("zh-CN");
        signIn(page, account);
        return page;
    }

    private void signIn(Page page, AccountPrincipal account) {
        page.navigate(url("/login"));
        page.fill("input[name=username]", TestAccounts.email(account));
        page.fill("input[name=password]", TestAccounts.PASSWORD);
        page.click("form[action='/login'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/(\\?.*)?$"));
    }

    private static void shoot(Page page, String name, boolean fullPage) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot(name)).setFullPage(fullPage));
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(overflow).as("no sideways scrolling at 375 px on " + name).isLessThanOrEqualTo(0);
    }
}
