package com.hcpress.content.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.hcpress.support.Axe;
import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.LoadState;

/**
 * The article and study pages are the same for every reader; each reader's parts (the comment count,
 * the bookmark and follow buttons, the bell) arrive afterwards with htmx. Held back until the page
 * has painted, then let through, they must not move what is already on the screen.
 */
@HcpressIntegrationTest
class FirstScreenShiftBrowserTest extends BrowserTestSupport {

    private static final String OBSERVE_SHIFTS = """
            window.layoutShifts = [];
            new PerformanceObserver(list => list.getEntries().forEach(e => window.layoutShifts.push(e.value)))
                .observe({type: 'layout-shift', buffered: true});
            """;

    @ParameterizedTest
    @CsvSource({
            "zh-CN, phone, /articles/" + TestUsers.DEMO_ARTICLE,
            "en, phone, /articles/" + TestUsers.DEMO_ARTICLE,
            "en, desktop, /articles/" + TestUsers.DEMO_ARTICLE,
            "zh-CN, phone, /studies/E_EMERALD1"})
    void eachReadersPartsLoadWithoutMovingTheFirstScreen(String locale, String device, String path) {
        Page page = "phone".equals(device) ? browser.phone(locale) : browser.desktop(locale);
        List<String> errors = Axe.consoleErrors(page);
        TestUsers.signInDemo(page, url(""), "reader");
        List<Route> held = new ArrayList<>();
        page.route("**/*", route -> {
            if (route.request().headers().containsKey("hx-request")) {
                held.add(route);
            } else {
                route.resume();
            }
        });
        page.addInitScript(OBSERVE_SHIFTS);
        page.navigate(url(path));
        page.waitForLoadState(LoadState.LOAD);
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        String name = "first-screen-" + path.replaceAll(".*/", "") + "-" + locale + "-" + device;
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot(name + "-before")));

        assertThat(held).as("htmx requests held back").isNotEmpty();
        held.forEach(Route::resume);
        page.unrouteAll();
        assertThat(page.locator("#reader-actions button").first()).isVisible();
        if (path.startsWith("/articles/")) {
            assertThat(page.locator("#title-comment-count")).hasText(Pattern.compile("\\d+"));
        }
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot(name + "-after")));

        Number shift = (Number) page.evaluate("() => window.layoutShifts.reduce((sum, value) => sum + value, 0)");
        assertThat(shift.doubleValue()).as("layout shift on " + path).isLessThan(0.001);
        assertThat(errors).isEmpty();
        page.context().close();
    }
}
