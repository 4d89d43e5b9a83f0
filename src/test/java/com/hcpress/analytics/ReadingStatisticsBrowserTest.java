package com.hcpress.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ContentCatalog;
import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.microsoft.playwright.Page;

/**
 * The reading-depth beacon in Chromium: a reader scrolls an article to its end and leaves, and the
 * page's script sends the depth (and a print) with its CSRF token as a form field; the article's
 * statistics and the zone's funnel page then fit a phone and use a desk's width.
 */
@HcpressIntegrationTest
class ReadingStatisticsBrowserTest extends BrowserTestSupport {

    private static final String ARTICLE = "tace-haic-2025-review";

    @Autowired
    TestUsers readers;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    NewsroomStatistics statistics;
    @Autowired
    ArticleEngagement engagement;
    @Autowired
    ReadingLog readings;

    @Test
    void theBeaconSendsHowFarAReaderCameAndTheStatsPagesFit() {
        long article = catalog.publishedArticle(ARTICLE).orElseThrow().id();
        ReadingDepth before = engagement.depth(article, Period.DEFAULT);
        long printsBefore = engagement.exports(article, Period.DEFAULT).print();
        AccountPrincipal reader = readers.passedReader();
        long zone = catalog.zone("liver-intervention").orElseThrow().id();
        readings.gateOpened(zone, reader.id());
        readings.gateOpened(zone, readers.unverifiedReader().id());

        Page phone = browser.phone("zh-CN");
        phone.navigate(url("/login"));
        phone.fill("#username", reader.displayName());
        phone.fill("#password", TestUsers.READER_PASSWORD);
        phone.click("form.stacked button[type=submit]");
        phone.waitForLoadState();
        phone.navigate(url("/articles/" + ARTICLE));
        phone.evaluate("() => window.scrollTo(0, document.body.scrollHeight)");
        phone.evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
        phone.navigate(url("/"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ReadingDepth after = engagement.depth(article, Period.DEFAULT);
            assertThat(after.measured() - before.measured()).isEqualTo(1);
            assertThat(after.marks().get(3).views() - before.marks().get(3).views()).isEqualTo(1);
            assertThat(engagement.exports(article, Period.DEFAULT).print() - printsBefore).isEqualTo(1);
        });
        phone.context().close();

        Page desk = browser.desktop("zh-CN");
        TestUsers.signInDemo(desk, url(""), "editor");
        desk.navigate(url("/editor/articles/" + article + "/stats?days=90"));
        assertThat(desk.locator("#depth-title")).isVisible();
        assertThat(desk.locator("svg.stats-chart.bars")).isVisible();
        desk.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("stats-article-1280")).setFullPage(true));
        desk.navigate(url("/editor/zones/liver-intervention/funnel?days=90"));
        assertThat(desk.locator(".funnel-table tbody tr")).hasCount(7);
        desk.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("funnel-1280")).setFullPage(true));
        desk.context().close();

        Page small = browser.phone("zh-CN");
        TestUsers.signInDemo(small, url(""), "editor");
        for (String path : List.of("/editor/articles/" + article + "/stats", "/editor/zones/liver-intervention/funnel")) {
            small.navigate(url(path));
            Number width = (Number) small.evaluate("() => document.documentElement.scrollWidth");
            assertThat(width.intValue()).as(path + " fits the phone").isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        }
        small.navigate(url("/editor/articles/" + article + "/stats"));
        small.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("stats-article-375")).setFullPage(true));
        small.navigate(url("/editor/zones/liver-intervention/funnel"));
        small.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("funnel-375")).setFullPage(true));
        small.context().close();
    }
}
