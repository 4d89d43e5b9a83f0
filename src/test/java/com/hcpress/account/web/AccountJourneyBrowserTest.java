package com.hcpress.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.microsoft.playwright.Page;

/** A new reader on a phone: signs up with a code, forgets the password, and looks at their sessions. */
@HcpressIntegrationTest
class AccountJourneyBrowserTest extends BrowserTestSupport {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    JdbcClient jdbc;

    @Test
    void signUpWithACodeForgetThePasswordAndSeeTheSessions() {
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
        Page page = browser.phone("zh-CN");

        page.navigate(url("/articles/tace-haic-2025-review"));
        page.click(".article-landing a[href^='/gate/']");
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.click("a[href='/signup']");
        page.fill("#username", email);
        page.fill("#password", "a-long-passphrase");
        shoot(page, "account-1-signup");
        page.click("form[action='/signup'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/signup/verify"));
        page.fill("#code", code(email, "signup-code"));
        shoot(page, "account-2-signup-code");
        page.click("form[action='/signup/verify'] button[type=submit]");
        // Signed in and taken on to the page first asked for: its gate starts with the agreement.
        page.waitForURL(Pattern.compile(".*/gate/liver-intervention.*"));
        assertThat(page.content()).contains("退出");
        shoot(page, "account-3-after-signup");

        page.navigate(url("/account/sessions"));
        assertThat(page.content()).contains("当前设备", "Chrome");
        shoot(page, "account-4-sessions");

        page.context().clearCookies();
        page.navigate(url("/login"));
        page.click("a[href='/password/forgot']");
        page.fill("#username", email);
        shoot(page, "account-5-forgot");
        page.click("form[action='/password/forgot'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/password/reset"));
        page.fill("#code", code(email, "password-reset-code"));
        page.fill("#password", "a-new-long-passphrase");
        shoot(page, "account-6-reset");
        page.click("form[action='/password/reset'] button[type=submit]");
        page.waitForURL(Pattern.compile(".*/login\\?reset"));
        shoot(page, "account-7-reset-done");
        page.fill("#username", email);
        page.fill("#password", "a-new-long-passphrase");
        page.click("form[action='/login'] button[type=submit]");
        page.waitForLoadState();
        page.navigate(url("/account"));
        assertThat(page.content()).contains(email, "修改密码", "登录设备");
        shoot(page, "account-8-account");
    }

    private String code(String address, String template) {
        String body = jdbc.sql("select body from message_outbox where address = ? and template = ? order by id desc limit 1")
                .params(address, template).query(String.class).single();
        Matcher matcher = CODE.matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot(name)).setFullPage(true));
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(overflow).as("no sideways scrolling at 375 px on " + name).isLessThanOrEqualTo(0);
    }
}
