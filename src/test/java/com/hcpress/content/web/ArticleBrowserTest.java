package com.hcpress.content.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.DemoUsers;
import com.hcpress.support.HcpressIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

@HcpressIntegrationTest
class ArticleBrowserTest extends BrowserTestSupport {


    @Test
    void aReaderFollowsACitationToItsReferenceAndBackOnAPhone() {
        Page page = browser.phone("zh-CN");
        DemoUsers.signIn(page, url(""), ContentPagesTest.READER);
        page.navigate(url("/articles/" + ContentPagesTest.ARTICLE));
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("article-top")));

        Locator citation = page.locator("sup.cite a[href='#ref-4']").first();
        String markerId = citation.locator("xpath=..").getAttribute("id");
        citation.click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#ref-4$"));
        Locator reference = page.locator("#ref-4");
        assertThat(reference).isInViewport();
        assertThat(reference).containsText("EMERALD-1");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("article-reference-4")));

        reference.locator("a.backlink[href='#" + markerId + "']").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#" + markerId + "$"));
        assertThat(page.locator("#" + markerId)).isInViewport();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("article-back-to-text")));

        page.navigate(url("/articles/" + ContentPagesTest.ARTICLE));
        page.locator("#references-heading").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("article-references")).setFullPage(false));
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(overflow).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0);
        page.context().close();
    }

    @Test
    void theWholeArticleReadsWellOnAPhoneAndOnADesktop() {
        Page phone = browser.phone("zh-CN");
        DemoUsers.signIn(phone, url(""), ContentPagesTest.READER);
        phone.navigate(url("/articles/" + ContentPagesTest.ARTICLE));
        phone.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("article-full-phone")).setFullPage(true));
        phone.context().close();

        Page english = browser.phone("en-US");
        english.navigate(url("/zones/liver-intervention"));
        assertThat(english.locator("h1")).containsText("Liver");
        english.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("zone-phone-en")));
        english.context().close();
    }
}
