package com.hcpress.content.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ImageLibrary;
import com.hcpress.content.ImageText;
import com.hcpress.content.ImageUploads;

import com.hcpress.content.PastedReferenceKindsTest;
import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.TestUsers;
import com.hcpress.support.HcpressIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The reference editor at a desk's width (1280 px): kinds and their fields, the flag on a line
 * that is only an identifier, the preview's formatted list, moving references by button, keyboard
 * and drag with the body's citations renumbered, saved in one save; then the WeChat export. On a
 * phone, the cover is picked and removed, removing references closes up the numbers and warns of
 * a removed one still cited, and a line of the saved revision gets a remark shown beside it.
 */
@HcpressIntegrationTest
class ReferenceEditorBrowserTest extends BrowserTestSupport {

    @Test
    void referencesAreTypedFlaggedFormattedAndReordered() {
        Page page = browser.desktop("zh-CN");
        TestUsers.signInDemo(page, url(""), "editor");
        page.navigate(url("/editor/articles/new"));
        page.fill("#title", "参考文献编辑器");
        page.fill("#slug", "reference-editor-" + UUID.randomUUID().toString().substring(0, 6));
        page.fill("#sourceLine", "HCPress 编辑部");
        page.fill("#bodyMarkdown", "免疫巩固治疗 [1]；肝硬化指南 [2]；一线方案 [3]。");
        paste(page, PastedReferenceKindsTest.LINES.get(3));
        paste(page, PastedReferenceKindsTest.LINES.get(7));
        paste(page, "PMID: 32402160");

        Locator rows = page.locator(".reference-row");
        Locator book = rows.nth(1);
        assertThat(book.locator("[name=refType]")).hasValue("M");
        assertThat(book.locator("[name=refPublisher]")).hasValue("人民卫生出版社");
        assertThat(book.locator("[name=refPlace]")).hasValue("北京");
        assertThat(book.locator("[name=refJournal]")).isHidden();
        assertThat(rows.nth(0).locator("[name=refJournal]")).hasValue("N Engl J Med");
        assertThat(rows.nth(0).locator("[name=refPublisher]")).isHidden();
        assertThat(rows.nth(2).locator(".reference-flag")).hasText("只有标识符，请补全题名、作者和出处");

        Locator preview = page.locator("#preview");
        assertThat(preview.locator(".reference-warnings")).containsText("第 3 条参考文献只有标识符（PMID 32402160）");
        assertThat(preview.locator("#ref-2")).containsText("中华医学会肝病学分会. 肝硬化诊治指南[M]. 北京: 人民卫生出版社, 2019: 12-20.");
        assertThat(preview.locator("#ref-1")).containsText("ANTONIA S J, VILLEGAS A, DANIEL D, et al.");

        rows.nth(0).locator("[data-move-reference=down]").click();
        assertThat(page.locator("#bodyMarkdown")).hasValue("免疫巩固治疗 [2]；肝硬化指南 [1]；一线方案 [3]。");
        assertThat(rows.nth(0).locator("[name=refType]")).hasValue("M");
        assertThat(preview.locator("#ref-1")).containsText("肝硬化诊治指南[M]");

        Locator up = rows.nth(2).locator("[data-move-reference=up]");
        up.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#bodyMarkdown")).hasValue("免疫巩固治疗 [3]；肝硬化指南 [1]；一线方案 [2]。");
        assertThat(rows.nth(1).locator(".reference-flag")).isVisible();

        page.locator(".editor-references").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("reference-editor-1280")).setFullPage(true));
        drag(page, rows.nth(2).locator(".drag-handle"), rows.nth(0).locator("legend"));
        assertThat(page.locator("#bodyMarkdown")).hasValue("免疫巩固治疗 [1]；肝硬化指南 [2]；一线方案 [3]。");
        assertThat(rows.nth(0).locator("[name=refJournal]")).hasValue("N Engl J Med");

        rows.nth(2).locator("[name=refTitle]").fill("Atezolizumab plus bevacizumab in unresectable hepatocellular carcinoma");
        rows.nth(2).locator("[name=refAuthors]").fill("Finn RS; Qin S; Ikeda M");
        rows.nth(2).locator("[name=refJournal]").fill("N Engl J Med");
        page.click("#save");
        assertThat(page).hasURL(Pattern.compile(".*/editor/articles/\\d+\\?saved$"));
        assertThat(page.locator("#bodyMarkdown")).hasValue("免疫巩固治疗 [1]；肝硬化指南 [2]；一线方案 [3]。");
        assertThat(page.locator(".reference-row").nth(1).locator("[name=refPublisher]")).hasValue("人民卫生出版社");
        assertThat(page.locator(".reference-flag")).hasCount(0);

        page.click("a[href$='/wechat']");
        assertThat(page.locator("#wechat-export")).containsText("[2] 中华医学会肝病学分会. 肝硬化诊治指南[M]. 北京: 人民卫生出版社, 2019: 12-20.");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("wechat-export-1280")).setFullPage(true));
        page.context().close();
    }

    @Autowired
    ImageLibrary library;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void removingAReferenceRenumbersTheRestAndWarnsOfItsCitations() throws Exception {
        long zone = catalog.zone(TestUsers.ZONE).orElseThrow().id();
        long admin = jdbc.sql("select id from app_user where email = 'admin@hcpress.test'").query(Long.class).single();
        BufferedImage picture = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setColor(new java.awt.Color(40, 110, 150));
        g.fillRect(0, 0, 320, 180);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        String alt = "封面示意图 " + UUID.randomUUID().toString().substring(0, 4);
        long image = library.store(ImageUploads.read(png.toByteArray()), zone, new ImageText(alt, ""), admin);

        Page page = browser.phone("zh-CN");
        TestUsers.signInDemo(page, url(""), "editor");
        page.navigate(url("/editor/articles/new"));
        page.fill("#title", "删除参考文献");
        page.fill("#slug", "reference-removal-" + UUID.randomUUID().toString().substring(0, 6));
        page.fill("#sourceLine", "HCPress 编辑部");
        page.fill("#bodyMarkdown", "免疫巩固治疗 [1]；一线方案 [3]。");
        paste(page, PastedReferenceKindsTest.LINES.get(3));
        paste(page, PastedReferenceKindsTest.LINES.get(7));
        paste(page, PastedReferenceKindsTest.LINES.get(2));
        Locator rows = page.locator(".reference-row");
        Locator warning = page.locator("#references-warning");

        assertThat(page.locator("#cover-none")).isVisible();
        page.click("#choose-cover");
        page.click("[data-pick-cover='" + image + "']");
        assertThat(page.locator("#coverImageId")).hasValue(Long.toString(image));
        assertThat(page.locator("#cover-chosen")).isVisible();
        assertThat(page.locator("#cover-alt")).hasText(alt);
        assertThat(page.locator("#cover-thumbnail")).hasAttribute("alt", alt);
        page.locator(".cover-field").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("editor-cover-375")));
        page.click("#remove-cover");
        assertThat(page.locator("#coverImageId")).hasValue("");
        assertThat(page.locator("#cover-chosen")).isHidden();
        page.click("[data-pick-cover='" + image + "']");

        rows.nth(1).locator("[data-remove-reference]").click();
        assertThat(page.locator("#bodyMarkdown")).hasValue("免疫巩固治疗 [1]；一线方案 [2]。");
        assertThat(rows).hasCount(2);
        assertThat(warning).isHidden();

        rows.nth(0).locator("[data-remove-reference]").click();
        assertThat(page.locator("#bodyMarkdown")).hasValue("免疫巩固治疗 [2]；一线方案 [1]。");
        assertThat(warning).isVisible();
        assertThat(warning).containsText("正文仍引用已删除的第 1 条参考文献");
        assertThat(page.locator("#preview")).containsText("[2]");
        warning.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("reference-removed-375")));
        page.fill("#bodyMarkdown", "免疫巩固治疗；一线方案 [1]。");
        page.click("#save");
        assertThat(page).hasURL(Pattern.compile(".*/editor/articles/\\d+\\?saved$"));
        assertThat(page.locator("#cover-alt")).hasText(alt);
        page.setViewportSize(1280, 900);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("editor-form-1280")).setFullPage(true));
        page.setViewportSize(375, 812);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("editor-form-375")).setFullPage(true));

        String article = page.url().replaceAll("^.*/editor/articles/(\\d+)\\?saved$", "$1");
        page.navigate(url("/editor/articles/" + article + "/revisions/1"));
        page.click("#line-1 .line-number");
        assertThat(page.locator("#remark-line")).hasValue("1");
        page.fill("#remark-message", "请核对一线方案的剂量。");
        page.click("#remark-form button[type=submit]");
        assertThat(page.locator("#line-1 .line-remarks")).containsText("请核对一线方案的剂量。");
        page.locator("#line-1").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("line-remark-375")));
        page.context().close();
    }

    /**
     * A drag as the browser reports one (dragstart, dragover on the target's upper half, drop,
     * dragend): headless Chromium does not turn mouse moves into HTML drag events reliably.
     */
    private static void drag(Page page, Locator from, Locator to) {
        com.microsoft.playwright.JSHandle transfer = page.evaluateHandle("() => new DataTransfer()");
        from.dispatchEvent("dragstart", java.util.Map.of("dataTransfer", transfer, "bubbles", true));
        com.microsoft.playwright.options.BoundingBox box = to.boundingBox();
        to.dispatchEvent("dragover", java.util.Map.of("dataTransfer", transfer, "bubbles", true, "cancelable", true,
                "clientY", box.y + 1));
        to.dispatchEvent("drop", java.util.Map.of("dataTransfer", transfer, "bubbles", true, "cancelable", true));
        from.dispatchEvent("dragend", java.util.Map.of("dataTransfer", transfer, "bubbles", true));
    }

    private static void paste(Page page, String line) {
        int before = page.locator(".reference-row").count();
        page.fill("#reference-line", line);
        page.click("#parse-reference");
        assertThat(page.locator(".reference-row")).hasCount(before + 1);
    }
}
