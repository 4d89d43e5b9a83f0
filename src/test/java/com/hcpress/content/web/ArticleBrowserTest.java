package com.hcpress.content.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleKind;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.NewZone;

import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

@HcpressIntegrationTest
class ArticleBrowserTest extends BrowserTestSupport {

    @Autowired
    ContentEditor editor;

    @Test
    void aReaderFollowsACitationToItsReferenceAndBackOnAPhone() {
        Page page = browser.phone("zh-CN");
        TestUsers.signInDemo(page, url(""), ContentPagesTest.READER);
        page.navigate(url("/articles/" + ContentPagesTest.ARTICLE));
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("article-top")));

        Locator citation = page.locator("sup.cite a[href='#ref-4']").first();
        String markerId = citation.locator("xpath=..").getAttribute("id");
        citation.click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#ref-4$"));
        Locator reference = page.locator("#ref-4");
        assertThat(reference).isInViewport();
        assertThat(reference).containsText("EMERALD-1");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("article-reference-4")));

        reference.locator("a.backlink[href='#" + markerId + "']").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#" + markerId + "$"));
        assertThat(page.locator("#" + markerId)).isInViewport();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("article-back-to-text")));

        page.navigate(url("/articles/" + ContentPagesTest.ARTICLE));
        page.locator("#references-heading").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("article-references")).setFullPage(false));
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(overflow).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0);
        page.context().close();
    }

    @Test
    void theWholeArticleReadsWellOnAPhoneAndOnADesktop() {
        Page phone = browser.phone("zh-CN");
        TestUsers.signInDemo(phone, url(""), ContentPagesTest.READER);
        phone.navigate(url("/articles/" + ContentPagesTest.ARTICLE));
        phone.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("article-full-phone")).setFullPage(true));
        phone.context().close();

        Page english = browser.phone("en-US");
        english.navigate(url("/zones/liver-intervention"));
        assertThat(english.locator("h1")).containsText("Liver");
        english.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("zone-phone-en")));
        english.context().close();
    }

    @Test
    void theCommentsLoadOnceTheReaderScrollsToThem() {
        Page page = browser.phone("zh-CN");
        TestUsers.signInDemo(page, url(""), ContentPagesTest.READER);
        page.navigate(url("/articles/" + ContentPagesTest.ARTICLE));
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.locator("#comment-list")).hasCount(0);

        page.locator("#comments").scrollIntoViewIfNeeded();

        assertThat(page.locator("#comment-list")).isVisible();
        assertThat(page.locator("#comment-body")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("article-comments-loaded")));
        page.context().close();
    }

    @Test
    void aZonePageShowsTwentyArticlesAndTheNextTwentyOnRequest() {
        String slug = "paged-" + UUID.randomUUID().toString().substring(0, 8);
        long zone = editor.createZone(new NewZone(slug, "分页测试专区", "Paging zone", "用于分页的专区。", "A zone to page through.", 90));
        for (int n = 1; n <= 25; n++) {
            long id = editor.createArticle(zone, slug + "-" + n, new ArticleDraft("分页文章 " + n, "HCPress 编辑部",
                    LocalDate.of(2026, 1, 1).plusDays(n), ArticleKind.ORIGINAL, null, null, "正文。", null, null, null, null,
                    List.of()));
            editor.publish(id);
        }
        Page page = browser.phone("zh-CN");
        page.navigate(url("/zones/" + slug));

        assertThat(page.locator(".article-list li:not(.more)")).hasCount(20);
        assertThat(page.locator(".article-list li:not(.more) h2").first()).hasText(Pattern.compile("分页文章 25$"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("zone-paged-phone")).setFullPage(true));
        page.locator(".article-list li.more a").click();

        assertThat(page.locator(".article-list li:not(.more)")).hasCount(25);
        assertThat(page.locator(".article-list li.more")).hasCount(0);
        assertThat(page.locator(".article-list li:not(.more) h2").last()).hasText(Pattern.compile("分页文章 1$"));
        page.context().close();
    }
}
