package com.hcpress.content.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;

/** The article as a reader on a phone uses it: contents, citations below the header, a clean console. */
@HcpressIntegrationTest
class ReadingAidsBrowserTest extends BrowserTestSupport {

    @Test
    void aCitedReferenceLandsBelowTheStickyHeaderAndTheContentsListTheHeadings() {
        Page page = browser.phone("zh-CN");
        List<String> errors = consoleErrors(page);
        TestUsers.signInDemo(page, url(""), ContentPagesTest.READER);
        page.navigate(url("/articles/" + ContentPagesTest.ARTICLE));
        page.waitForLoadState(LoadState.NETWORKIDLE);

        Locator toc = page.locator("details.toc");
        assertThat(toc).isVisible();
        assertThat(toc.locator("li")).not().hasCount(0);
        toc.locator("summary").click();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("reading-toc-open")));
        String firstAnchor = toc.locator("li a").first().getAttribute("href");
        assertThat(page.locator(firstAnchor)).hasCount(1);

        Locator citation = page.locator("sup.cite a[href='#ref-4']").first();
        BoundingBox tap = citation.boundingBox();
        assertThat(tap.width).as("citation tap width").isGreaterThanOrEqualTo(24);
        assertThat(tap.height).as("citation tap height").isGreaterThanOrEqualTo(24);
        citation.click();
        assertThat(page).hasURL(Pattern.compile(".*#ref-4$"));
        page.waitForTimeout(300); // let the scroll settle before measuring
        double headerBottom = page.locator(".site-header").boundingBox().y + page.locator(".site-header").boundingBox().height;
        BoundingBox reference = page.locator("#ref-4").boundingBox();
        assertThat(reference.y).as("reference top below the sticky header").isGreaterThanOrEqualTo(headerBottom);
        assertThat(reference.y).as("reference still on screen").isLessThan(812);
        BoundingBox back = page.locator("#ref-4 a.backlink").first().boundingBox();
        assertThat(back.width).isGreaterThanOrEqualTo(24);
        assertThat(back.height).isGreaterThanOrEqualTo(24);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("reading-reference-below-header")));

        assertThat(page.locator(".back-to-top a")).hasAttribute("href", "#top");
        assertThat(page.locator("button[data-print]")).isVisible();
        String justify = (String) page.evaluate("getComputedStyle(document.querySelector('.article-body p')).textAlign");
        assertThat(justify).isNotEqualTo("justify");

        page.locator("#comments").scrollIntoViewIfNeeded();
        assertThat(page.locator("#comment-list")).isVisible();
        assertThat(errors).as("console errors on the article page").isEmpty();
        page.context().close();
    }

    @Test
    void theHomePageLogsNoErrorAndHasItsIcons() {
        Page page = browser.phone("zh-CN");
        List<String> errors = consoleErrors(page);
        TestUsers.signInDemo(page, url(""), ContentPagesTest.READER);
        page.navigate(url("/"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator(".bell")).isVisible();
        for (String icon : List.of("/favicon.ico", "/favicon.svg", "/apple-touch-icon.png", "/manifest.webmanifest")) {
            assertThat(page.request().get(url(icon)).status()).as(icon).isEqualTo(200);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("reading-home")));
        assertThat(errors).as("console errors on the home page").isEmpty();
        page.context().close();
    }

    @Test
    void theLanguageSwitchKeepsThePageAndItsQuery() {
        Page page = browser.phone("zh-CN");
        page.navigate(url("/search?q=TACE"));
        page.locator("a.lang-switch").click();
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=TACE&lang=en$"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        TestUsers.signInDemo(page, url(""), ContentPagesTest.READER);
        page.navigate(url("/clinical/child-pugh?lang=zh"));
        page.fill("#inr", "1.7");
        page.locator("a.lang-switch").click();
        assertThat(page).hasURL(Pattern.compile(".*/clinical/child-pugh\\?(?=.*inr=1\\.7)(?=.*lang=en).*"));
        assertThat(page.locator("#inr")).hasValue("1.7");
        page.context().close();
    }

    private static List<String> consoleErrors(Page page) {
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text() + " @ " + message.location());
            }
        });
        page.onPageError(errors::add);
        return errors;
    }
}
