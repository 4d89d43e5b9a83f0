package com.hcpress.content.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.Comments;
import com.hcpress.comment.PublicNames;
import com.hcpress.content.ArticleSummary;
import com.hcpress.support.TestUsers;

import com.hcpress.support.Axe;
import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/** The article on a phone: the comment count beside the title, the share button, a verified commenter. */
@HcpressIntegrationTest
class ShareAndCountBrowserTest extends BrowserTestSupport {

    @Autowired
    TestUsers users;
    @Autowired
    PublicNames publicNames;
    @Autowired
    Comments comments;

    @Test
    void theCountLinksToTheCommentsAndShareCopiesThePlainLink() {
        Page page = browser.phone("zh-CN");
        List<String> errors = Axe.consoleErrors(page);
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        TestUsers.signInDemo(page, url(""), "reader");
        page.navigate(url("/articles/" + ContentPagesTest.ARTICLE + "?refstyle=vancouver"));
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(page.locator(".comment-count-link #title-comment-count")).hasText(Pattern.compile("\\d+"));
        assertThat(page.locator(".comment-count-link")).hasAttribute("href", "#comments");

        // Headless Chromium has no share sheet: the link is copied.
        page.evaluate("() => { delete Navigator.prototype.share; }");
        page.locator("button[data-share]").click();
        assertThat(page.locator(".share-status")).containsText("链接已复制");
        String copied = (String) page.evaluate("() => navigator.clipboard.readText()");
        assertThat(copied).isEqualTo(url("/articles/" + ContentPagesTest.ARTICLE));
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("article-header-count-share")));

        page.locator(".comment-count-link").click();
        assertThat(page).hasURL(Pattern.compile(".*#comments$"));
        assertThat(page.locator("#comment-form")).isVisible();
        assertThat(errors).isEmpty();
        page.context().close();
    }

    @Test
    void aVerifiedCommenterShowsNameTitleInstitutionBadgeAndTheirConflictOfInterest() {
        AccountPrincipal author = users.passedReader();
        publicNames.choose(author.id(), "VERIFIED", null);
        ArticleSummary article = comments.article(ContentPagesTest.ARTICLE);
        long id = comments.post(author, article, "我们中心的经验与文中一致。", "曾获某公司讲课费", null).id();

        Page page = browser.phone("zh-CN");
        List<String> errors = Axe.consoleErrors(page);
        TestUsers.signInDemo(page, url(""), "reader");
        page.navigate(url("/articles/" + ContentPagesTest.ARTICLE + "#comments"));
        page.locator("#comment-" + id).waitFor();
        page.locator("#comment-" + id).scrollIntoViewIfNeeded();
        assertThat(page.locator("#comment-" + id + " .comment-author")).hasText("测试护士");
        assertThat(page.locator("#comment-" + id + " .badge.verified")).hasText("认证");
        assertThat(page.locator("#comment-" + id + " .comment-credentials")).hasText("主管护师 · 测试医院");
        assertThat(page.locator("#comment-" + id + " .comment-coi")).containsText("曾获某公司讲课费");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("comment-verified-name-coi")));
        assertThat(Axe.violations(page)).isEmpty();
        assertThat(errors).isEmpty();
        page.context().close();
    }
}
