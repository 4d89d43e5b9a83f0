package com.hcpress.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.hcpress.verification.SubmissionRejected;
import com.microsoft.playwright.Page;

/** The bell, the notification centre and the channel choices on a phone, and the outbox for admins. */
@HcpressIntegrationTest
class NotificationBrowserTest extends BrowserTestSupport {

    @Autowired
    AccountRegistry accounts;
    @Autowired
    Notifications notifications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aUserSeesTheCountOpensTheCentreAndChoosesChannelsOnAPhone() {
        String name = "bell-" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(SignInIdentifier.parse(TestUsers.demoEmail(name)).orElseThrow(), TestUsers.DEMO_PASSWORD,
                EnumSet.of(Role.READER));
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new SubmissionRejected(null, id, id, "执业证书照片模糊，请重新拍摄", Instant.now()));
            notifications.notify(id, NotificationCategory.COMMENT_REPLY, "/articles/tace-haic-2025-review#comments-heading",
                    Map.of("article", "TACE 联合 HAIC 治疗进展综述"));
            notifications.notify(id, NotificationCategory.COMMENT_MODERATED, "/articles/tace-haic-2025-review",
                    Map.of("article", "TACE 联合 HAIC 治疗进展综述", "reason", "包含广告链接", "removed", "false"));
        });

        Page page = browser.phone("zh-CN");
        TestUsers.signInDemo(page, url(""), name);
        page.navigate(url("/"));
        assertThat(page.locator(".site-header .bell-count")).hasText("3");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("notifications-bell")));

        page.locator(".site-header .bell").click();
        page.waitForURL("**/notifications");
        assertThat(page.locator(".notification.unread")).hasCount(3);
        assertThat(page.locator(".notification").first()).containsText("包含广告链接");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("notifications-list")).setFullPage(true));
        assertNoSidewaysScroll(page);

        page.locator(".notification").nth(2).locator("button", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText("查看")).click();
        page.waitForURL("**/verification/profile**");
        page.navigate(url("/notifications"));
        assertThat(page.locator(".notification.unread")).hasCount(2);
        page.locator("button", new Page.LocatorOptions().setHasText("全部标为已读")).click();
        assertThat(page.locator(".notification.unread")).hasCount(0);
        assertThat(page.locator(".site-header .bell-count")).hasCount(0);

        page.navigate(url("/account"));
        page.locator("#notification-settings a", new Page.LocatorOptions().setHasText("选择邮件和短信通知")).click();
        page.locator("#sms-comment-reply").check();
        page.locator("#email-review-approved").uncheck();
        page.locator(".preference-form button[type=submit]").click();
        assertThat(page.locator(".notice.ok")).containsText("设置已保存");
        assertThat(page.locator("#sms-comment-reply")).isChecked();
        assertThat(page.locator("#email-review-approved")).not().isChecked();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("notifications-preferences")).setFullPage(true));
        assertNoSidewaysScroll(page);
        page.context().close();
    }

    @Test
    void anAdministratorReadsTheOutboxAndAnyoneTheTermsOnAPhone() {
        Page page = browser.phone("zh-CN");
        TestUsers.signInDemo(page, url(""), "admin");
        page.navigate(url("/admin/outbox"));
        assertThat(page.locator("h1")).hasText("消息发件箱");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("admin-outbox")).setFullPage(false));
        assertNoSidewaysScroll(page);
        page.navigate(url("/terms"));
        assertThat(page.locator("h1")).hasText("HCPress 用户服务协议");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("legal-terms")));
        assertNoSidewaysScroll(page);
        page.context().close();
    }

    private static void assertNoSidewaysScroll(Page page) {
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(overflow).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0);
    }
}
