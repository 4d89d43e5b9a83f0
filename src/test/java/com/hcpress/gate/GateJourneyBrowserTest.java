package com.hcpress.gate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.microsoft.playwright.Page;

/** The seed's whole journey in Chromium: from an article link to reading it, through every step. */
@HcpressIntegrationTest
class GateJourneyBrowserTest extends BrowserTestSupport {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @Autowired
    JdbcClient jdbc;

    /** The embedded demo keeps messages for administrators: the code is read from the outbox. */
    private String signUpCode(String address) {
        String body = jdbc.sql("select body from message_outbox where address = ? and template = 'signup-code' "
                + "order by id desc limit 1").param(address).query(String.class).single();
        Matcher code = CODE.matcher(body);
        org.assertj.core.api.Assertions.assertThat(code.find()).isTrue();
        return code.group(1);
    }

    @Test
    void aNewDoctorGoesFromAnArticleLinkToReadingIt() throws Exception {
        String email = "doctor-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
        String realName = "周" + UUID.randomUUID().toString().substring(0, 4);
        Page doctor = browser.phone("zh-CN");

        doctor.navigate(url("/articles/tace-haic-2025-review"));
        // The shared link shows the gate's landing at the article's address: title and cover, no text.
        assertThat(doctor.locator(".article-landing h1")).isVisible();
        shot(doctor, "gate-00-landing");
        doctor.click(".article-landing a[href^='/gate/']");
        assertThat(doctor).hasURL(Pattern.compile(".*/login$"));
        shot(doctor, "gate-01-sign-in");
        doctor.click("a[href='/signup']");
        doctor.fill("#username", email);
        doctor.fill("#password", "short");
        doctor.click("form.stacked button[type=submit]");
        assertThat(doctor.locator(".field-error")).containsText("至少需要 8 个字符");
        shot(doctor, "gate-02-sign-up-error");
        doctor.fill("#password", "a-long-passphrase");
        doctor.click("form.stacked button[type=submit]");
        doctor.waitForURL(Pattern.compile(".*/signup/verify"));
        doctor.fill("#code", signUpCode(email));
        doctor.click("form[action='/signup/verify'] button[type=submit]");

        assertThat(doctor.locator("h1")).containsText("身份认证协议书");
        shot(doctor, "gate-03-agreement");
        doctor.click("button[value=agree]");
        assertThat(doctor.locator("h1")).containsText("知情同意书");
        shot(doctor, "gate-04-consent");
        doctor.click("button[value=agree]");

        assertThat(doctor).hasURL(Pattern.compile(".*/verification/profile.*"));
        shot(doctor, "gate-05-profile");
        doctor.locator("input[name=profession]").first().check();
        doctor.fill("input[name=realName]", realName);
        doctor.fill("input[name=institution]", "示范市人民医院");
        doctor.fill("input[name=department]", "介入科");
        doctor.fill("input[name=title]", "主治医师");
        doctor.fill("input[name=licenceNumber]", "110440100012345");
        doctor.setInputFiles("input[name=photo]", licencePhoto());
        doctor.click("main form button[type=submit]");

        assertThat(doctor.locator("#review-status h1")).containsText("审核");
        shot(doctor, "gate-06-under-review");

        Page reviewer = browser.phone("zh-CN");
        TestUsers.signInDemo(reviewer, url(""), "reviewer");
        // The queue from this submission on: the other tests may have filled its first page.
        String from = jdbc.sql("select s.submitted_at, s.id from verification_submission s join app_user u on u.id = s.user_id "
                + "where u.email = ? and s.status = 'SUBMITTED'").param(email)
                .query((rs, n) -> rs.getTimestamp(1).toInstant() + "~" + (rs.getLong(2) - 1)).single();
        reviewer.navigate(url("/review?after=" + from));
        shot(reviewer, "gate-07-review-queue");
        reviewer.locator("a.queue-link", new Page.LocatorOptions().setHasText(realName)).click();
        assertThat(reviewer.locator(".licence-photo img")).isVisible();
        shot(reviewer, "gate-08-review-submission");
        reviewer.click("main form[action$='/approve'] button[type=submit]");
        reviewer.context().close();

        assertThat(doctor.locator("h1")).containsText("收集问题", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        shot(doctor, "gate-09-questions");
        doctor.click("main button.primary[type=submit]");
        assertThat(doctor.locator(".field-error").first()).isVisible();
        doctor.check("input[name=specialty][value=interventional-radiology]");
        doctor.check("input[name=interests][value=haic]");
        doctor.click("main button.primary[type=submit]");

        assertThat(doctor.locator("h1")).containsText("您已通过");
        assertThat(doctor.locator(".countdown .seconds")).isVisible();
        shot(doctor, "gate-10-passed");
        assertThat(doctor).hasURL(Pattern.compile(".*/articles/tace-haic-2025-review$"),
                new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(10_000));
        assertThat(doctor.locator("article h1")).isVisible();
        shot(doctor, "gate-11-article");
        doctor.context().close();
    }

    private static Path licencePhoto() throws Exception {
        BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(235, 240, 245));
        g.fillRect(0, 0, 600, 400);
        g.setColor(new Color(30, 90, 140));
        g.fillRect(30, 30, 540, 60);
        g.dispose();
        Path file = Files.createDirectories(Path.of("target", "uploads")).resolve("licence.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot(name)).setFullPage(true));
    }
}
