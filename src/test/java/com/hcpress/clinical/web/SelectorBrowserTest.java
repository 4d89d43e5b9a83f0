package com.hcpress.clinical.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.hcpress.clinical.Calculation;
import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A clinician uses the selector on a phone: a slip is caught beside its field, then the result is explained. */
@HcpressIntegrationTest
class SelectorBrowserTest extends BrowserTestSupport {


    @Test
    void anImplausibleInrIsNamedBesideItsFieldThenTheCorrectedCaseIsExplained() {
        Page page = browser.phone("zh-CN");
        TestUsers.signInDemo(page, url(""), "reader");
        page.navigate(url("/clinical/selector"));
        assertThat(page.locator(".clinical-notice")).containsText("不替代临床判断");
        fillIntermediateHcc(page);
        page.fill("#inr", "25");
        page.locator("main button[type=submit]").click();

        Locator inrError = page.locator("#inr-error");
        assertThat(inrError).isVisible();
        assertThat(inrError).containsText("0.5");
        assertThat(page.locator("#inr")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#result")).hasCount(0);
        inrError.evaluate("element => element.scrollIntoView({block: 'center'})");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("selector-invalid-inr-phone")));

        page.fill("#inr", "1.1");
        page.locator("main button[type=submit]").click();

        assertThat(page.locator("#result")).isVisible();
        assertThat(page.locator("#inr-error")).hasCount(0);
        assertThat(page.locator("#cnlc-result")).containsText("IIa");
        assertThat(page.locator("#bclc-result")).containsText("B");
        assertThat(page.locator("#option-TACE_SYS")).containsText("TACE");
        assertThat(page.locator(".rule-list")).containsText("R1");
        assertThat(page.locator("#option-TACE_SYS a[href='/studies/E_EMERALD1']")).isVisible();
        assertThat(queryParameters(page.url())).as("the address names clinical inputs only")
                .isSubsetOf(Calculation.ASSESSMENT.inputs());
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(overflow).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("selector-result-phone")).setFullPage(true));

        page.locator("#option-TACE_SYS a[href='/studies/E_EMERALD1']").click();
        assertThat(page.locator("h1")).hasText("EMERALD-1");
        page.context().close();
    }

    @Test
    void aSharedResultOpensAsItWasInEnglish() {
        Page page = browser.phone("en-US");
        TestUsers.signInDemo(page, url(""), "reader");
        page.navigate(url("/clinical/child-pugh?bilirubin=34.2&bilirubinUnit=umol/L&albumin=35&albuminUnit=g/L&inr=1.7"
                + "&ascites=slight&encephalopathy=none"));

        assertThat(page.locator("#child-pugh-result")).containsText("Class B");
        assertThat(page.locator("#child-pugh-result")).containsText("9 points");
        assertThat(page.locator("#bilirubinUnit")).hasValue("umol/L");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("child-pugh-shared-phone-en")).setFullPage(true));
        page.context().close();
    }

    /** Case P01: three nodules, the largest 3.8 cm, compensated, unresectable. */
    private static void fillIntermediateHcc(Page page) {
        page.check("input[name=histology][value=HCC]");
        page.fill("#nodules", "3");
        page.fill("#largestDiameterCm", "3.8");
        page.selectOption("#vascularInvasion", "none");
        page.check("input[name=extrahepaticSpread][value=false]");
        page.fill("#bilirubin", "15.4");
        page.selectOption("#bilirubinUnit", "umol/L");
        page.fill("#albumin", "41");
        page.selectOption("#albuminUnit", "g/L");
        page.selectOption("#ascites", "none");
        page.selectOption("#encephalopathy", "none");
        page.selectOption("#ecog", "0");
        page.check("input[name=recurrent][value=false]");
        page.check("input[name=resectable][value=no]");
    }

    private static Set<String> queryParameters(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&"))
                .map(parameter -> parameter.split("=", 2)[0])
                .collect(Collectors.toSet());
    }
}
