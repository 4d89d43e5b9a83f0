package com.hcpress.content.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.hcpress.support.Axe;
import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.DemoUsers;
import com.hcpress.support.HcpressIntegrationTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/** The article's header on a phone: the comment count beside the title, and the share button. */
@HcpressIntegrationTest
class ShareAndCountBrowserTest extends BrowserTestSupport {

    @Test
    void theCountLinksToTheCommentsAndShareCopiesThePlainLink() {
        Page page = browser.phone("zh-CN");
        List<String> errors = Axe.consoleErrors(page);
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        DemoUsers.signIn(page, url(""), "reader");
        page.navigate(url("/articles/" + ContentPagesTest.ARTICLE + "?refstyle=vancouver"));
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(page.locator(".comment-count-link #title-comment-count")).hasText(Pattern.compile("\\d+"));
        assertThat(page.locator(".comment-count-link")).hasAttribute("href", "#comments");

        // Headless Chromium has no share sheet: the link is copied.
        page.evaluate("() => { delete Navigator.prototype.share; }");
        page.locator("button[data-share]").click();
        assertThat(page.locator(".share-status")).containsText("链接已复制");
        String copied = (String) page.evaluate("() => navigator.clipboard.readText()");
        assertThat(copied).isEqualTo(url("/articles/" + ContentPagesTest.ARTICLE));
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("article-header-count-share")));

        page.locator(".comment-count-link").click();
        assertThat(page).hasURL(Pattern.compile(".*#comments$"));
        assertThat(page.locator("#comment-form")).isVisible();
        assertThat(errors).isEmpty();
        page.context().close();
    }
}
