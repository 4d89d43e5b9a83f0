package com.hcpress.content.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleKind;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.ReferenceData;
import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.TestUsers;
import com.hcpress.support.HcpressIntegrationTest;
import com.microsoft.playwright.Page;

/** The workflow panel as an editor uses it at a desk (1280 px) and on a phone (375 px). */
@HcpressIntegrationTest
class WorkflowBrowserTest extends BrowserTestSupport {

    @Autowired
    ContentEditor editor;
    @Autowired
    ContentCatalog catalog;

    @Test
    void anEditorTakesADraftThroughReviewToPublication() {
        long zone = catalog.zone("liver-intervention").orElseThrow().id();
        String slug = "workflow-browser-" + UUID.randomUUID().toString().substring(0, 8);
        long id = editor.createArticle(zone, slug, new ArticleDraft("HAIC 联合方案的用药安全要点", "HCPress 编辑部",
                LocalDate.of(2026, 12, 1), ArticleKind.ORIGINAL, null, null, "奥沙利铂的剂量按体表面积计算 [1]。", null,
                null, null, null, List.of(new ReferenceData(1, List.of("Song S"), false, "Hepatic arterial infusion",
                "World J Gastroenterol", 2013, "19", "29", "4679", null, null,
                "Song S. Hepatic arterial infusion. World J Gastroenterol. 2013;19(29):4679."))));

        Page page = browser.desktop("zh-CN");
        page.onDialog(dialog -> dialog.accept());
        TestUsers.signInDemo(page, url(""), "editor");
        page.navigate(url("/editor/articles/" + id));
        assertThat(page.locator("#workflow .workflow-steps li.current")).hasText("草稿");
        page.fill("#submit-message", "请重点核对第二段的奥沙利铂剂量。");
        page.click("#submit-review");
        assertThat(page.locator("#workflow .workflow-steps li.current")).hasText("待审阅");

        page.fill("#workflow-comment", "剂量来源是哪一版说明书？");
        page.click("#add-comment");
        page.fill("#approve-message", "剂量与说明书一致。");
        page.click("#approve");
        assertThat(page.locator("#workflow .workflow-steps li.current")).hasText("已批准");
        assertThat(page.locator("#workflow .workflow-events")).containsText("剂量来源是哪一版说明书？");
        page.locator("#workflow").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Browser.screenshot("workflow-panel-1280")));
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("workflow-page-1280")));
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(overflow).as("no sideways scrolling at 1280 px").isLessThanOrEqualTo(0);

        Page phone = browser.phone("zh-CN");
        TestUsers.signInDemo(phone, url(""), "editor");
        phone.navigate(url("/editor/articles/" + id));
        phone.locator("#workflow").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Browser.screenshot("workflow-panel-375")));
        int phoneOverflow = ((Number) phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(phoneOverflow).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0);
        phone.context().close();

        page.click("#publish");
        assertThat(page.locator("#workflow .workflow-steps li.current")).hasText("已发布");
        assertThat(catalog.publishedArticle(slug)).isPresent();
        page.context().close();
    }
}
