package com.hcpress.verification.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

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
import com.hcpress.verification.Verifications;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/** The reviewer marks fields at 1280 px; the applicant corrects only those at 375 px, photo kept. */
@HcpressIntegrationTest
class FieldRejectionBrowserTest extends BrowserTestSupport {

    @Autowired
    AccountRegistry registry;
    @Autowired
    Verifications verifications;

    @Test
    void aReviewerMarksTwoFieldsAndTheApplicantCorrectsThemOnAPhone() {
        TestAccounts accounts = new TestAccounts(registry);
        AccountPrincipal reader = accounts.reader();
        long id = verifications.submit(reader.id(), TestAccounts.nurseForm(), TestImages.smallJpeg()).submissionId();

        Page desk = browser.desktop("zh-CN");
        signIn(desk, accounts.reviewer());
        desk.navigate(url("/review/" + id));
        desk.check("#mark-REAL_NAME");
        desk.selectOption("#reason-REAL_NAME", new SelectOption().setLabel("姓名与证书不一致"));
        desk.fill("#note-REAL_NAME", "证书上是李晶");
        desk.check("#mark-DEPARTMENT");
        desk.selectOption("#reason-DEPARTMENT", new SelectOption().setLabel("证书信息不全"));
        desk.evaluate("window.scrollTo(0, 0)");
        desk.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("review-fields-1280")).setFullPage(true));
        desk.click(".reject-form button[type=submit]");
        assertThat(desk).hasURL(Pattern.compile(".*/review$"));
        desk.context().close();

        Page phone = browser.phone("zh-CN");
        signIn(phone, reader);
        phone.navigate(url("/verification/status"));
        assertThat(phone.locator(".field-reasons")).containsText("姓名与证书不一致");
        phone.click("a.button.block");
        assertThat(phone.locator("h1")).hasText("修改认证资料");
        assertThat(phone.locator("#realName")).isEditable();
        assertThat(phone.locator("#institution")).not().isEditable();
        assertThat(phone.locator("input[type=file]")).hasCount(0);
        assertThat(phone.locator(".field.to-correct .field-reason").first()).containsText("证书上是李晶");
        phone.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("resubmit-fields-375")).setFullPage(true));
        int overflow = ((Number) phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(overflow).isLessThanOrEqualTo(0);

        phone.fill("#realName", "李晶");
        phone.fill("#department", "介入科");
        phone.click(".profile-form button[type=submit]");
        phone.waitForURL(Pattern.compile(".*/(\\?.*)?$|.*/verification/.*"));
        SubmissionView again = verifications.latest(reader.id()).orElseThrow();
        assertThat(again.pending()).isTrue();
        assertThat(again.realName()).isEqualTo("李晶");
        assertThat(again.institution()).isEqualTo("市第一人民医院");
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
