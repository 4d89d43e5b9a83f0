package com.hcpress.admin.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

/** The back office in Chromium at phone width: the answers export as Excel will read it, and the pages. */
@HcpressIntegrationTest
class BackOfficeBrowserTest extends BrowserTestSupport {

    @Autowired
    TestUsers readers;

    @Test
    void anEditorDownloadsTheZoneAnswersWithABomAndChineseText() throws Exception {
        long readerId = ((AccountPrincipal) readers.passedReader()).id();
        Page page = browser.phone("zh-CN");
        TestUsers.signInDemo(page, url(""), "editor");
        page.navigate(url("/editor/zones/liver-intervention/questions"));
        assertThat(page.locator("h1")).hasText("问卷");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("backoffice-questions")).setFullPage(true));

        Download download = page.waitForDownload(() -> page.locator("a[href$='/answers.csv']").last().click());
        assertThat(download.suggestedFilename()).matches("liver-intervention-answers-\\d{4}-\\d{2}-\\d{2}\\.csv");
        byte[] bytes = Files.readAllBytes(download.path());
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).contains(readerId + ",").contains("您目前主要从事的专业是？").contains(",护理,nursing");
        page.context().close();
    }

    @Test
    void theAdministratorsPagesFitAPhone() {
        Page page = browser.phone("zh-CN");
        TestUsers.signInDemo(page, url(""), "admin");
        page.navigate(url("/admin/reviews"));
        assertThat(page.locator("figure.review-chart svg")).isVisible();
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("backoffice-reviews")).setFullPage(true));
        page.navigate(url("/admin/audit?action=sign-in"));
        assertThat(page.locator("table.audit-table")).containsText("sign-in.succeeded");
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("backoffice-audit")));
        page.navigate(url("/admin/consents"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("backoffice-consents")));
        page.navigate(url("/editor/zones/liver-intervention/consent"));
        assertThat(page.locator(".legal-form .notice")).containsText("需要重新同意");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("backoffice-consent")));
        page.context().close();
    }

    @Test
    void anAdministratorDisablesAnAccountAndEnablesItAgain() {
        long readerId = ((AccountPrincipal) readers.passedReader()).id();
        Page page = browser.phone("zh-CN");
        TestUsers.signInDemo(page, url(""), "admin");
        page.navigate(url("/admin/users/" + readerId));

        List<String> asked = new ArrayList<>();
        page.onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.dismiss();
        });
        page.locator("form[action$='/disable'] button").click();
        assertThat(page.locator("form[action$='/disable'] button")).isVisible();
        org.assertj.core.api.Assertions.assertThat(asked).containsExactly("停用这个账户？该用户的所有会话将立即结束。");

        page.onceDialog(dialog -> dialog.accept());
        page.locator("form[action$='/disable'] button").click();
        assertThat(page.locator(".notice.ok")).containsText("账户已停用");
        assertThat(page.locator("form[action$='/enable'] button")).hasText("重新启用账户");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("backoffice-user-disabled")).setFullPage(true));

        page.locator("form[action$='/enable'] button").click();
        assertThat(page.locator(".notice.ok")).containsText("账户已重新启用");
        assertThat(page.locator("form[action$='/disable'] button")).isVisible();
        page.context().close();
    }
}
