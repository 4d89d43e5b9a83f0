package com.hcpress.evidence.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.hcpress.evidence.EvidenceCatalog;
import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Media;

@HcpressIntegrationTest
class EvidenceBrowserTest extends BrowserTestSupport {

    private static final String ARTICLE = "tace-haic-2025-review";


    @Autowired
    EvidenceCatalog catalog;

    @Test
    void theForestPlotFitsAPhoneWithOneRowPerHazardRatio() {
        Page page = browser.phone("zh-CN");
        TestUsers.signInDemo(page, url(""), "reader");
        page.navigate(url("/articles/" + ARTICLE));

        Locator plot = page.locator("#evidence svg.forest");
        centre(plot);
        assertThat(plot).isVisible();
        assertThat(plot.locator("g.fp-row")).hasCount(catalog.forArticle(ARTICLE).forestPlot().rows().size());
        BoundingBox box = plot.boundingBox();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
        assertThat(box.width).as("scaled to the phone, not shrunk to a thumbnail").isGreaterThan(300);
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(overflow).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0);
        page.locator("figure.forest-plot").screenshot(new Locator.ScreenshotOptions().setPath(Browser.screenshot("forest-plot-phone")));
        page.locator("#evidence table").screenshot(new Locator.ScreenshotOptions().setPath(Browser.screenshot("evidence-table-phone")));

        plot.locator("a.fp-ref").first().click();
        assertThat(page).hasURL(Pattern.compile(".*#ref-4$"));
        assertThat(page.locator("#ref-4")).isInViewport();
        page.context().close();
    }

    @Test
    void aRowOfThePlotLeadsToTheStudyPage() {
        Page page = browser.phone("en-US");
        TestUsers.signInDemo(page, url(""), "reader");
        page.navigate(url("/articles/" + ARTICLE));

        Locator row = page.locator("#evidence svg.forest g.fp-row").nth(7);
        centre(row);
        row.locator("a").first().click();

        assertThat(page).hasURL(Pattern.compile(".*/studies/E_LI2022_HAIC_vs_TACE$"));
        assertThat(page.locator("h1")).containsText("FOLFOX-HAIC vs TACE");
        assertThat(page.locator("svg.forest g.fp-row")).hasCount(3);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("study-page-phone-en")).setFullPage(true));
        page.context().close();
    }

    @Test
    void theEvidencePrintsOnAPage() {
        Page page = browser.phone("en-US");
        page.setViewportSize(794, 1123);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        TestUsers.signInDemo(page, url(""), "reader");
        page.navigate(url("/articles/" + ARTICLE));

        Locator plot = page.locator("#evidence figure.forest-plot");
        assertThat(plot.locator("svg.forest")).isVisible();
        assertThat(page.locator(".site-header")).isHidden();
        assertThat(plot.boundingBox().width).isLessThanOrEqualTo(794);
        plot.screenshot(new Locator.ScreenshotOptions().setPath(Browser.screenshot("forest-plot-print")));
        page.context().close();
    }

    /** In the middle of the screen, clear of the sticky header. */
    private static void centre(Locator locator) {
        locator.evaluate("element => element.scrollIntoView({block: 'center'})");
    }
}
