package com.hcpress.verification.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.verification.LicenceReadingView;
import com.hcpress.verification.Profession;
import com.hcpress.verification.ProfileForm;
import com.hcpress.verification.SubmissionStatus;
import com.hcpress.verification.SyntheticLicences;
import com.hcpress.verification.TestAccounts;
import com.hcpress.verification.Verifications;
import com.microsoft.playwright.Page;

/** The reviewer's bench at 1280 px and the applicant's side at 375 px, with a real Tesseract reading. */
@HcpressIntegrationTest
class ReviewBenchBrowserTest extends BrowserTestSupport {

    @Autowired
    AccountRegistry registry;
    @Autowired
    Verifications verifications;
    @Autowired
    org.springframework.context.ApplicationContext context;

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(registry);
    }

    @Test
    void aReviewerSeesWhatWasReadUsesTheKeysAndAnAdminRevokes() {
        SyntheticLicences.Photo photo = com.hcpress.verification.LicenceReadingTestPhotos.tilted(31);
        String typo = photo.licence().number().substring(0, 14) + (photo.licence().number().charAt(14) == '9' ? '0' : '9');
        AccountPrincipal reader = accounts.reader();
        long id = verifications.submit(reader.id(), new ProfileForm(Profession.DOCTOR, photo.licence().name(),
                photo.licence().institution(), "内科", "主治医师", typo), photo.jpeg()).submissionId();
        com.hcpress.verification.LicenceReadingTestPhotos.readNow(context, id);
        assertThat(verifications.reading(id).state()).isEqualTo(LicenceReadingView.State.READ);

        AccountPrincipal reviewer = accounts.reviewer();
        Page page = browser.desktop("zh-CN");
        signIn(page, reviewer);
        page.navigate(url("/review/" + id));
        assertThat(page.locator(".reading-table tr.mismatch")).containsText(typo);
        assertThat(page.locator(".reading-table tr.mismatch")).containsText("不一致");
        assertThat(page.locator(".claim.mine")).containsText("由您审核");
        assertThat(page.locator(".shortcuts")).isVisible();

        page.keyboard().press("+");
        page.keyboard().press("r");
        assertThat(page.locator("#licence-photo-image")).hasAttribute("style", Pattern.compile("scale\\(1\\.25\\) rotate\\(90deg\\)"));
        page.locator("#note-REAL_NAME").focus();
        page.keyboard().type("a");
        assertThat(page).hasURL(Pattern.compile(".*/review/" + id + "$"));
        assertThat(page.locator("#note-REAL_NAME")).hasValue("a");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("review-bench-1280")).setFullPage(true));

        Page other = browser.desktop("zh-CN");
        signIn(other, accounts.reviewer());
        other.navigate(url("/review/" + id));
        assertThat(other.locator(".claim")).containsText("正在审核这份申请");
        other.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("review-bench-claimed-1280")).setFullPage(false));
        other.context().close();

        page.locator("#note-REAL_NAME").blur();
        page.keyboard().press("a");
        assertThat(page).hasURL(Pattern.compile(".*/review$"));
        assertThat(verifications.submission(id).orElseThrow().status()).isEqualTo(SubmissionStatus.APPROVED);
        page.context().close();

        AccountPrincipal admin = accounts.create(Role.READER, Role.ADMIN);
        Page adminPage = browser.desktop("zh-CN");
        signIn(adminPage, admin);
        adminPage.navigate(url("/review/" + id));
        adminPage.fill("#revoke-reason", "发证机关通知该证书已注销");
        adminPage.click(".revoke button[type=submit]");
        assertThat(adminPage.locator(".notice").first()).containsText("已撤销");
        adminPage.context().close();

        Page phone = browser.phone("zh-CN");
        signIn(phone, reader);
        phone.navigate(url("/verification/status"));
        assertThat(phone.locator("h1")).hasText("认证已被撤销");
        assertThat(phone.locator(".reason-text")).hasText("发证机关通知该证书已注销");
        phone.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("verification-revoked-375")).setFullPage(true));
        int overflow = ((Number) phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(overflow).isLessThanOrEqualTo(0);
        phone.context().close();
    }

    private void signIn(Page page, AccountPrincipal account) {
        page.navigate(url("/login"));
        page.fill("input[name=username]", TestAccounts.email(account));
        page.fill("input[name=password]", TestAccounts.PASSWORD);
        page.click("form[action='/login'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/(\\?.*)?$"));
    }
}
