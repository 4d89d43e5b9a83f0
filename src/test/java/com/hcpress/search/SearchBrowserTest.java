package com.hcpress.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The header box on a phone: suggestions while typing, results with highlights, filters, locks. */
@HcpressIntegrationTest
class SearchBrowserTest extends BrowserTestSupport {


    @Autowired
    SearchIndexer indexer;

    @BeforeEach
    void indexed() {
        indexer.awaitIdle(Duration.ofSeconds(60));
    }

    @Test
    void aReaderTypesSeesSuggestionsAndOpensHighlightedResults() {
        Page page = browser.phone("zh-CN");
        TestUsers.signInDemo(page, url(""), "editor");
        page.navigate(url("/"));

        Locator box = page.locator(".site-search input[name=q]");
        box.pressSequentially("肝动脉灌注化疗", new Locator.PressSequentiallyOptions().setDelay(60));
        Locator suggestions = page.locator("#search-suggestions .suggestion-list a");
        assertThat(suggestions.first()).containsText("TACE 与 HAIC");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("search-suggestions")));

        box.press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=.*"));
        assertThat(page.locator(".hit").first()).containsText("TACE 与 HAIC");
        assertThat(page.locator(".snippet mark").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("search-results")).setFullPage(true));
        assertNoSidewaysScrolling(page);

        page.selectOption("select[name=year]", "2026");
        assertThat(page).hasURL(Pattern.compile(".*year=2026.*"));
        assertThat(page.locator(".hit").first()).containsText("2026");
        page.context().close();
    }

    @Test
    void resultsAreGroupedByTypeAndAMisspellingIsAnswered() {
        Page page = browser.phone("zh-CN");
        TestUsers.signInDemo(page, url(""), "editor");
        page.navigate(url("/search?q=" + java.net.URLEncoder.encode("索拉菲尼", java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(page.locator(".did-you-mean a")).hasText("索拉非尼");
        assertThat(page.locator(".hit-types a").first()).hasText("全部");
        assertThat(page.locator(".hit-group-title").first()).containsText("文章");
        assertThat(page.locator(".hit").first()).containsText("TACE 与 HAIC");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("search-grouped")).setFullPage(true));
        assertNoSidewaysScrolling(page);

        page.locator(".hit-types a", new Page.LocatorOptions().setHasText("研究")).click();
        assertThat(page).hasURL(Pattern.compile(".*type=study.*"));
        assertThat(page.locator(".hit-group-title")).hasCount(1);
        page.context().close();
    }

    @Test
    void englishWordsAreStemmedAndUnfinishedWordsSuggested() {
        Page page = browser.phone("en-US");
        TestUsers.signInDemo(page, url(""), "editor");
        page.navigate(url("/"));

        page.locator(".site-search input[name=q]")
                .pressSequentially("hepatocell", new Locator.PressSequentiallyOptions().setDelay(60));
        assertThat(page.locator("#search-suggestions .suggestion-list a").first()).isVisible();
        assertThat(page.locator("#search-suggestions .suggestion-type").first()).hasText("Reference");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("search-suggestions-en")));

        page.locator(".site-search input[name=q]").press("Escape");
        assertThat(page.locator("#search-suggestions .suggestions")).hasCount(0);

        page.navigate(url("/search?q=hepatocellular+carcinomas"));
        assertThat(page.locator(".hit-type").first()).hasText("Reference");
        assertThat(page.locator(".hit-context").first()).containsText("TACE");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("search-results-en")).setFullPage(true));
        assertNoSidewaysScrolling(page);
        page.context().close();
    }

    @Test
    void visitorsSeeLockedTitlesThatLeadToTheGate() {
        Page page = browser.phone("zh-CN");
        page.navigate(url("/search?q=HAIC"));

        assertThat(page.locator(".hit.locked")).not().hasCount(0);
        assertThat(page.locator(".snippet")).hasCount(0);
        assertThat(page.locator(".locked-notice")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("search-locked")).setFullPage(true));
        assertNoSidewaysScrolling(page);

        // The locked title opens the article's public landing, whose sign-in goes through the gate.
        page.locator(".hit.locked .hit-title a").first().click();
        assertThat(page.locator(".article-landing")).isVisible();
        page.locator(".article-landing .gate-actions a").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        page.context().close();
    }

    private static void assertNoSidewaysScrolling(Page page) {
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(overflow).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0);
    }
}
