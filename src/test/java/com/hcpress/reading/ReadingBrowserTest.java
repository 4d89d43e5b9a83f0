package com.hcpress.reading;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;

import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.microsoft.playwright.Page;

/** Bookmarking and following from the pages, then the reader's lists, on a phone. */
@HcpressIntegrationTest
class ReadingBrowserTest extends BrowserTestSupport {

    @Autowired
    TestUsers readers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReaderBookmarksFollowsAndTagsOnAPhone() {
        UserDetails reader = readers.passedReader();
        Page page = browser.phone("zh-CN");
        page.navigate(url("/login"));
        page.fill("#username", jdbc.sql("select email from app_user where id = ?")
                .param(Long.parseLong(reader.getUsername())).query(String.class).single());
        page.fill("#password", TestUsers.READER_PASSWORD);
        page.click("form.stacked button[type=submit]");
        page.waitForLoadState();

        page.navigate(url("/articles/tace-haic-2025-review"));
        page.locator("#reader-actions button", new Page.LocatorOptions().setHasText("收藏")).click();
        assertThat(page.locator("#reader-actions button[aria-pressed=true]")).hasText("已收藏");
        page.locator("#reader-actions button", new Page.LocatorOptions().setHasText("关注专区")).click();
        assertThat(page.locator("#reader-actions button[aria-pressed=true]")).hasCount(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("reading-article-actions")));

        page.navigate(url("/studies/E_EMERALD1"));
        page.locator("#reader-actions button", new Page.LocatorOptions().setHasText("收藏")).click();
        assertThat(page.locator("#reader-actions button[aria-pressed=true]")).hasText("已收藏");

        page.navigate(url("/me/bookmarks"));
        assertThat(page.locator(".reader-item")).hasCount(2);
        page.locator(".reader-item").first().locator("summary").click();
        page.locator(".reader-item").first().locator("input[name=tags]").fill("肝癌，随访");
        page.locator(".reader-item").first().locator(".tag-form button").click();
        assertThat(page.locator(".reader-item").first().locator(".tags a")).hasCount(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("reading-bookmarks")).setFullPage(true));
        assertNoSidewaysScroll(page);

        page.navigate(url("/me/history"));
        assertThat(page.locator(".reader-item").first()).containsText("EMERALD");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("reading-history")).setFullPage(true));
        assertNoSidewaysScroll(page);

        page.navigate(url("/me/follows"));
        assertThat(page.locator(".reader-item")).hasCount(1);
        page.locator("input[name=frequency][value=weekly]").check();
        page.locator(".digest-form button").click();
        assertThat(page.locator("#follow-digest .notice.ok")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("reading-follows")).setFullPage(true));
        assertNoSidewaysScroll(page);

        // The same choice, loaded into the notification settings.
        page.navigate(url("/notifications/preferences"));
        assertThat(page.locator("#follow-digest input[name=frequency][value=weekly]")).isChecked();
        page.locator("#follow-digest input[name=frequency][value=none]").check();
        page.locator("#follow-digest button").click();
        assertThat(page.locator("#follow-digest .notice.ok")).isVisible();
        assertThat(page.locator("#follow-digest input[name=frequency][value=none]")).isChecked();
        page.context().close();
    }

    private static void assertNoSidewaysScroll(Page page) {
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(overflow).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0);
    }
}
