package com.hcpress.content.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The editors' console in Chromium at 375 px: live preview, pasted references, and a whole article's life. */
@HcpressIntegrationTest
class EditorBrowserTest extends BrowserTestSupport {

    @Test
    void thePreviewFollowsTheMarkdownAsItIsTyped() {
        Page page = editorPage("/editor/articles/new");
        page.fill("#bodyMarkdown", "## 介入治疗\n\nTACE 仍是中期肝癌的基础治疗 [1]，联合方案见 [2]。");
        Locator preview = page.locator("#preview");
        assertThat(preview.locator("h2")).hasText("介入治疗");
        assertThat(preview.locator(".render-warnings")).containsText("[1]");
        assertThat(preview.locator("sup.cite")).hasCount(0);

        paste(page, seedLine(4));
        paste(page, seedLine(6));
        assertThat(preview.locator("sup.cite a[href='#ref-1']")).hasCount(1);
        assertThat(preview.locator("sup.cite a[href='#ref-2']")).hasCount(1);
        assertThat(preview.locator(".render-warnings")).hasCount(0);
        assertThat(preview.locator("#ref-2")).containsText("LEAP-012");

        page.fill("#bodyMarkdown", "改写后的正文 **加粗** [2]");
        assertThat(preview.locator("strong")).hasText("加粗");
        assertThat(preview.locator("sup.cite a[href='#ref-1']")).hasCount(0);
        page.locator("#preview").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("editor-preview")));
        page.context().close();
    }

    @Test
    void aPastedSeedReferenceFillsTheFields() {
        Page page = editorPage("/editor/articles/new");
        paste(page, seedLine(6));
        Locator row = page.locator(".reference-row").last();
        assertThat(row.locator("[name=refAuthors]")).hasValue("Kudo M; Ren Z; Guo Y; LEAP-012 investigators");
        assertThat(row.locator("[name=refEtAl]")).hasValue("true");
        assertThat(row.locator("[name=refTitle]")).hasValue(Pattern.compile("^Transarterial chemoembolisation combined.*\\(LEAP-012\\).*phase 3 study$"));
        assertThat(row.locator("[name=refJournal]")).hasValue("Lancet");
        assertThat(row.locator("[name=refYear]")).hasValue("2025");
        assertThat(row.locator("[name=refVolume]")).hasValue("405");
        assertThat(row.locator("[name=refIssue]")).hasValue("10474");
        assertThat(row.locator("[name=refPages]")).hasValue("203-215");
        assertThat(row.locator("[name=refDoi]")).hasValue("10.1016/S0140-6736(24)02575-3");
        assertThat(page.locator("#reference-line")).hasValue("");

        paste(page, seedLine(8));
        Locator chinese = page.locator(".reference-row").last();
        assertThat(chinese.locator("[name=refAuthors]")).hasValue("国家卫生健康委员会");
        assertThat(chinese.locator("[name=refJournal]")).hasValue("肿瘤综合治疗电子杂志");
        assertThat(chinese.locator("[name=refPages]")).hasValue("17-68");

        paste(page, "39798578");
        assertThat(page.locator(".reference-row").last().locator("[name=refPmid]")).hasValue("39798578");
        assertThat(page.locator(".reference-row")).hasCount(3);
        page.locator(".reference-row").nth(1).scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("editor-reference-parsed")));

        page.locator(".reference-row").nth(1).locator("[data-remove-reference]").click();
        assertThat(page.locator(".reference-row")).hasCount(2);
        page.context().close();
    }

    @Test
    void anEditorWritesTheDemoReviewFromScratchPublishesRevisesAndRestoresIt() throws IOException {
        String slug = "tace-haic-rewritten-" + UUID.randomUUID().toString().substring(0, 6);
        Page page = editorPage("/editor");
        page.click("a[href='/editor/articles/new']");
        page.fill("#title", "TACE 与 HAIC：编辑部重写版");
        page.fill("#slug", slug);
        page.fill("#sourceLine", "HCPress 编辑部");
        page.fill("#bodyMarkdown", demoBody());
        for (int number = 1; number <= 19; number++) {
            paste(page, seedLine(number));
            assertThat(page.locator(".reference-row")).hasCount(number);
        }
        page.fill("#expertName", "陈敏山");
        page.fill("#expertAffiliation", "中山大学肿瘤防治中心");
        page.selectOption("#kind", "digest");
        page.fill("#originalSource", "陈敏山（中山大学肿瘤防治中心）：肝癌局部治疗中介入治疗方式的临床选择与进展，2026-01-23");
        page.fill("#authorCredit", "HCPress 编辑部");
        page.fill("#reviewerCredit", "HCPress 医学审校组");
        page.fill("#editorCredit", "HCPress 编辑部");

        Locator preview = page.locator("#preview");
        assertThat(preview.locator("sup.cite a[href='#ref-4']").first()).isVisible();
        assertThat(preview.locator(".render-warnings")).hasCount(0);
        page.locator("sup.cite").first().scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("editor-journey-preview")));

        page.click("#save");
        assertThat(page).hasURL(Pattern.compile(".*/editor/articles/\\d+\\?saved$"));
        String editUrl = page.url().replace("?saved", "");
        assertThat(page.locator(".reference-row")).hasCount(19);
        page.fill("#title", "TACE 与 HAIC：未保存的标题");
        List<String> asked = new ArrayList<>();
        page.onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.accept();
        });
        page.click("#submit-review");
        org.assertj.core.api.Assertions.assertThat(asked).singleElement().asString()
                .contains("未保存的修改", "TACE 与 HAIC：编辑部重写版");
        approveAndPublish(page);
        assertThat(page.locator("#unpublish")).isVisible();

        Page reader = browser.phone("zh-CN");
        TestUsers.signInDemo(reader, url(""), "reader");
        reader.navigate(url("/articles/" + slug));
        assertThat(reader.locator("h1")).hasText("TACE 与 HAIC：编辑部重写版");
        assertThat(reader.locator("sup.cite a[href='#ref-19']").first()).isAttached();
        assertThat(reader.locator("#ref-6")).containsText("LEAP-012");
        reader.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("editor-journey-reader")));

        page.fill("#title", "TACE 与 HAIC：第二稿");
        page.click("#save");
        assertThat(page.locator("#workflow")).containsText("第 2 版");
        reader.reload();
        // an edit to a live article waits for sign-off
        assertThat(reader.locator("h1")).hasText("TACE 与 HAIC：编辑部重写版");
        page.click("#submit-review");
        approveAndPublish(page);
        reader.reload();
        assertThat(reader.locator("h1")).hasText("TACE 与 HAIC：第二稿");

        page.click("#workflow a[href$='/revisions']");
        assertThat(page.locator(".revision-list > li")).hasCount(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("editor-journey-history")));
        page.click("#revision-2 a[href$='/changes']");
        assertThat(page.locator(".diff-line.added ins").first()).containsText("第二稿");
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue())
                .as("the changes fit 375 px").isLessThanOrEqualTo(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("editor-journey-changes")).setFullPage(true));
        page.goBack();
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#revision-1 button[type=submit]").click();
        assertThat(page).hasURL(editUrl);
        assertThat(page.locator("#title")).hasValue("TACE 与 HAIC：编辑部重写版");
        assertThat(page.locator("#workflow")).containsText("第 3 版");

        reader.reload();
        assertThat(reader.locator("h1")).hasText("TACE 与 HAIC：第二稿");
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(overflow).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0);
        reader.context().close();
        page.context().close();
    }

    /** The demo editor is also the demo zone's medical reviewer: approve, then publish, confirming each. */
    private static void approveAndPublish(Page page) {
        page.onceDialog(dialog -> dialog.accept());
        page.click("#approve");
        page.onceDialog(dialog -> dialog.accept());
        page.click("#publish");
    }

    private Page editorPage(String path) {
        Page page = browser.phone("zh-CN");
        TestUsers.signInDemo(page, url(""), "editor");
        page.navigate(url(path));
        return page;
    }

    private static void paste(Page page, String line) {
        int before = page.locator(".reference-row").count();
        page.fill("#reference-line", line);
        page.click("#parse-reference");
        assertThat(page.locator(".reference-row")).hasCount(before + 1);
    }

    private static String seedLine(int number) {
        List<String> lines = read("/references/seed-reference-lines.txt").lines().filter(l -> !l.isBlank()).toList();
        return lines.get(number - 1);
    }

    private static String demoBody() {
        return read("/demo/articles/tace-haic-2025-review.md");
    }

    private static String read(String resource) {
        try (InputStream in = EditorBrowserTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
