package com.hcpress.content.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.analytics.ReadingLog;
import com.hcpress.consent.ConsentChoice;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.LegalDocument;
import com.hcpress.consent.RequestOrigin;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.NewZone;
import com.hcpress.gate.Gate;

import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.TestUsers;
import com.hcpress.support.HcpressIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

/**
 * The back office in Chromium at 1280 px and at 375 px: the image library (upload with alt text,
 * crop, pick a cover), the editor with its preview beside the form, statistics, and the audit log,
 * each using the desk's width and never wider than a phone.
 */
@HcpressIntegrationTest
class BackOfficeLayoutBrowserTest extends BrowserTestSupport {

    @Autowired
    TestUsers readers;
    @Autowired
    ReadingLog readings;
    @Autowired
    Gate gate;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    ContentEditor editor;
    @Autowired
    Consents consents;

    @Test
    void theImageLibraryUploadsCropsAndGivesTheEditorACover() throws Exception {
        Page page = signedIn(browser.desktop("zh-CN"));
        page.navigate(url("/editor/zones/liver-intervention/images"));
        Path photo = Files.createTempFile("ward", ".jpg");
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 100, 150));
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.WHITE);
        g.fillOval(160, 120, 320, 240);
        g.dispose();
        Files.write(photo, ImageLibraryTest.jpegWithGps(image));
        page.setInputFiles("#image", photo);
        page.fill("#alt", "病房走廊的示意图");
        page.fill("#caption", "图 1 示意图");
        page.click("#image-upload button[type=submit]");
        assertThat(page.locator("#upload-result .uploaded-markdown")).hasValue(java.util.regex.Pattern.compile("!\\[病房走廊的示意图]\\(/images/\\d+ \"图 1 示意图\"\\)"));
        page.reload();
        Locator card = page.locator(".image-card").first();
        assertThat(card.locator("img")).hasAttribute("alt", "病房走廊的示意图");
        card.locator("button[value='16:9']").click();
        assertThat(page.locator(".notice[role=status]")).containsText("已裁出新图片");
        assertThat(page.locator(".image-card").first().locator(".badge").first()).hasText("16:9");
        assertThat(page.locator(".page").evaluate("e => e.getBoundingClientRect().width")).isNotNull();
        double width = ((Number) page.locator(".page").evaluate("e => e.getBoundingClientRect().width")).doubleValue();
        assertThat(width).isGreaterThan(1100);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("library-1280")));

        page.navigate(url("/editor/articles/new"));
        page.click("text=从图片库选择封面");
        Locator choice = page.locator("[data-pick-cover]").first();
        choice.click();
        assertThat(page.locator("#coverImageId")).hasValue(choice.getAttribute("data-pick-cover"));
        BoundingBox form = page.locator("#article-form").boundingBox();
        BoundingBox preview = page.locator(".editor-preview").boundingBox();
        assertThat(preview.x).as("the preview sits beside the form").isGreaterThan(form.x + form.width);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("editor-1280")));
        page.context().close();

        Page phone = signedIn(browser.phone("zh-CN"));
        for (String path : List.of("/editor/zones/liver-intervention/images", "/editor/articles/new")) {
            phone.navigate(url(path));
            assertNoSidewaysScroll(phone, path);
        }
        phone.navigate(url("/editor/zones/liver-intervention/images"));
        phone.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("library-375")));
        phone.context().close();
    }

    @Test
    void statisticsAndTheAuditLogUseTheWidthAndFitAPhone() {
        long zone = catalog.zone("liver-intervention").orElseThrow().id();
        long article = catalog.publishedArticle("tace-haic-2025-review").orElseThrow().id();
        for (int i = 0; i < 3; i++) {
            long reader = ((AccountPrincipal) readers.passedReader()).id();
            readings.gateOpened(zone, reader);
            readings.articleRead(article, reader);
            if (i < 2) {
                gate.firstTimePassed(reader, zone);
            }
        }
        Page page = signedIn(browser.desktop("zh-CN"), "admin");
        page.navigate(url("/editor/zones/liver-intervention/stats?days=90"));
        assertThat(page.locator("svg.stats-chart").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("stats-zone-1280")).setFullPage(true));
        page.navigate(url("/admin/audit"));
        Locator address = page.locator(".audit-table tbody tr td:last-child").first();
        if (address.count() > 0) {
            double height = ((Number) address.evaluate("e => e.getBoundingClientRect().height")).doubleValue();
            assertThat(height).as("an address stays on one line").isLessThan(60);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("audit-1280")));
        page.navigate(url("/editor/zones"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("zones-1280")));
        page.context().close();

        Page phone = signedIn(browser.phone("zh-CN"), "admin");
        for (String path : List.of("/editor/zones/liver-intervention/stats", "/admin/audit", "/editor/zones")) {
            phone.navigate(url(path));
            assertNoSidewaysScroll(phone, path);
        }
        phone.navigate(url("/editor/zones/liver-intervention/stats"));
        phone.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("stats-zone-375")).setFullPage(true));
        phone.context().close();
    }

    @Test
    void aReaderAskedAgainSeesTheChangesAndAFigureHasItsCaption() {
        String slug = "browser-reconsent-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        long zone = editor.createZone(new NewZone(slug, "再同意演示专区", "Re-consent demo", "演示。", "A demo.", 96));
        LegalDocument first = consents.publish(DocumentKind.ZONE_CONSENT, zone, LocalDate.of(2026, 11, 1), "知情同意书",
                "Informed consent", "一、本专区内容仅供医疗卫生专业人士阅读。\n\n二、您的问卷回答保存一年，用于改进内容。\n\n三、您可以随时撤回同意。",
                "1. For healthcare professionals only.\n\n2. Your answers are kept for one year.\n\n3. You may withdraw at any time.");
        AccountPrincipal reader = (AccountPrincipal) readers.passedReader();
        consents.record(reader.id(), first.id(), ConsentChoice.AGREED, new RequestOrigin("127.0.0.1", "test"));
        consents.publish(DocumentKind.ZONE_CONSENT, zone, LocalDate.of(2026, 12, 1), "知情同意书", "Informed consent",
                "一、本专区内容仅供医疗卫生专业人士阅读。\n\n二、您的问卷回答保存两年，用于改进内容和统计。\n\n三、您可以随时撤回同意。",
                "1. For healthcare professionals only.\n\n2. Your answers are kept for two years, for content and statistics.\n\n3. You may withdraw at any time.");

        Page phone = browser.phone("zh-CN");
        phone.navigate(url("/login"));
        phone.fill("#username", reader.displayName());
        phone.fill("#password", TestUsers.READER_PASSWORD);
        phone.click("form.stacked button[type=submit]");
        phone.waitForLoadState();
        phone.navigate(url("/gate/" + slug));
        assertThat(phone.locator(".text-changes del").first()).hasText("一");
        assertThat(phone.locator(".text-changes ins").first()).hasText("两");
        assertNoSidewaysScroll(phone, "/gate/" + slug);
        phone.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("reconsent-375")).setFullPage(true));
        phone.context().close();

        Page desk = signedIn(browser.desktop("zh-CN"));
        desk.navigate(url("/editor/articles/new"));
        desk.fill("#bodyMarkdown", "术前评估见下图。\n\n![肝脏增强 CT 示意图](/images/1 \"图 1 术前增强 CT（示意）\")\n\n图后正文。");
        assertThat(desk.locator("#preview figure figcaption")).hasText("图 1 术前增强 CT（示意）");
        assertThat(desk.locator("#preview figure img")).hasAttribute("alt", "肝脏增强 CT 示意图");
        desk.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("figure-preview-1280")));
        desk.context().close();
    }

    private static void assertNoSidewaysScroll(Page page, String path) {
        Number scroll = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(scroll.intValue()).as(path + " fits the phone").isLessThanOrEqualTo(Browser.PHONE_WIDTH);
    }

    private Page signedIn(Page page) {
        return signedIn(page, "editor");
    }

    private Page signedIn(Page page, String who) {
        TestUsers.signInDemo(page, url(""), who);
        return page;
    }
}
