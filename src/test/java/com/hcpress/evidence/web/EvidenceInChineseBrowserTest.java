package com.hcpress.evidence.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A Chinese clinician on a phone: a study's notes read in Chinese with labelled sources, the
 * selector states the guideline standard at BCLC C, and the review offers the tools beside its evidence.
 */
@HcpressIntegrationTest
class EvidenceInChineseBrowserTest extends BrowserTestSupport {

    @Test
    void aStudyPageReadsInChineseWithLabelledSources() {
        Page page = signedIn();
        page.navigate(url("/studies/E_EMERALD1"));

        assertThat(page.locator("#notes")).containsText("数据自洽");
        assertThat(page.locator("ul.sources a", new Page.LocatorOptions().setHasText("PubMed 39798579"))).hasCount(1);
        assertThat((String) page.evaluate("document.querySelector('main').innerText")).doesNotContain("http");
        assertNoSidewaysScrolling(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("study-zh-phone")).setFullPage(true));
        page.locator("#outcomes-heading").evaluate("element => { element.scrollIntoView({block: 'start'}); window.scrollBy(0, -140); }");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("study-zh-outcomes-phone")));
        page.locator("#notes").evaluate("element => { element.scrollIntoView({block: 'start'}); window.scrollBy(0, -140); }");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("study-zh-notes-phone")));
        page.context().close();
    }

    @Test
    void theSelectorAtBclcCStatesTheSystemicStandardFirst() {
        Page page = signedIn();
        page.navigate(url("/clinical/selector?histology=HCC&nodules=1&largestDiameterCm=6.0&vascularInvasion=PVTT&vp=Vp3"
                + "&cheng=II&extrahepaticSpread=false&bilirubin=22&albumin=36&inr=1.2&ascites=none"
                + "&encephalopathy=none&ecog=0&recurrent=false&resectable=no"));

        Locator standard = page.locator("#guideline-standard");
        assertThat(standard).containsText("BCLC C 期");
        assertThat(standard).containsText("系统治疗");
        assertThat(standard).containsText("替代选择");
        assertThat(page.locator("#option-HAIC_SYS .badge-alternative")).isVisible();
        assertNoSidewaysScrolling(page);
        standard.evaluate("element => { element.scrollIntoView({block: 'start'}); window.scrollBy(0, -140); }");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("selector-bclc-c-phone")));
        page.context().close();
    }

    @Test
    void theReviewOffersTheToolsBesideItsEvidence() {
        Page page = signedIn();
        page.navigate(url("/articles/tace-haic-2025-review"));

        Locator box = page.locator("#clinical-tools");
        assertThat(box).containsText("临床工具");
        assertThat(box.locator("a[href='/clinical/selector']")).isVisible();
        assertNoSidewaysScrolling(page);
        box.evaluate("element => element.scrollIntoView({block: 'center'})");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("article-tools-box-phone")));
        box.locator("a[href='/clinical/albi']").click();
        assertThat(page.locator("#bilirubinUnit")).hasValue("umol/L");
        assertThat(page.locator("#albuminUnit")).hasValue("g/L");
        page.context().close();
    }

    private Page signedIn() {
        Page page = browser.phone("zh-CN");
        TestUsers.signInDemo(page, url(""), "reader");
        return page;
    }

    private static void assertNoSidewaysScrolling(Page page) {
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(overflow).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0);
    }
}
