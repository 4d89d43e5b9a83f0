package com.hcpress.comment.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.Comments;
import com.hcpress.content.ArticleSummary;
import com.hcpress.support.Browser;
import com.hcpress.support.BrowserTestSupport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Readers and an editor use comments in Chromium on a phone-sized screen. */
@HcpressIntegrationTest
class CommentBrowserTest extends BrowserTestSupport {


    final TestUsers readers;
    @Autowired
    Comments comments;

    @Autowired
    CommentBrowserTest(ApplicationContext context) {
        this.readers = context.getBean(TestUsers.class);
    }

    /** The demo discussion as demo reader@, who passed the demo zone's gate, sees it. */
    @Test
    void aReaderReadsTheDemoDiscussionLoadsMoreAndSwitchesToMostLiked() {
        Page page = browser.phone("zh-CN");
        TestUsers.signInDemo(page, url(""), "reader");
        page.navigate(url("/articles/" + TestUsers.DEMO_ARTICLE + "#comments"));
        Locator list = page.locator("#comment-list > li.comment");
        assertThat(list).hasCount(20);
        page.locator("#comments").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("comments-first-page")));

        page.locator("li.more a").click();
        assertThat(page.locator("li.more")).hasCount(0);
        // The demo's 31, and any other tests sharing this database may have added.
        assertThat(list.count()).isGreaterThanOrEqualTo(31);

        Locator moreReplies = page.locator("a.more-replies").first();
        moreReplies.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("comments-replies")));
        moreReplies.click();
        assertThat(page.locator("a.more-replies")).hasCount(0);

        page.locator(".comment-sort a", new Page.LocatorOptions().setHasText("最热")).click();
        assertThat(page.locator(".comment-sort a.active")).hasText("最热");
        List<Integer> likes = new ArrayList<>();
        for (String text : page.locator("#comment-list > li.comment > .comment-actions .like-count").allTextContents()) {
            likes.add(Integer.parseInt(text.strip()));
        }
        assertThat(likes).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertOnePhoneWide(page);
        page.context().close();
    }

    @Test
    void aReaderPostsRepliesLikesEditsAndReports() {
        ArticleSummary article = readers.freshArticle();
        AccountPrincipal other = readers.passedReader();
        long theirs = comments.post(other, article, "HAIC 术后您们多久复查 AFP？", null).id();
        Page page = browser.phone("zh-CN");
        signIn(page, readers.passedReader());
        page.navigate(url("/articles/" + article.slug()));
        showComments(page);

        page.fill("#comment-body", "我们通常四周复查一次。\n参考：https://example.org/guideline");
        page.locator("#comment-form button[type=submit]").dblclick();
        Locator mine = page.locator("#comment-list > li.comment").first();
        assertThat(mine).containsText("我们通常四周复查一次");
        assertThat(mine.locator(".comment-body a[href='https://example.org/guideline']")).hasCount(1);
        assertThat(page.locator("#comment-count")).hasText("2");
        // The count beside the title follows without a reload (HX-Trigger, then it loads again).
        assertThat(page.locator("#title-comment-count")).hasText("2");
        assertThat(page.locator("#comment-body")).hasValue("");
        page.waitForTimeout(500);
        assertThat(page.locator("#comment-list > li.comment")).hasCount(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("comments-posted")));

        Locator theirComment = page.locator("#comment-" + theirs);
        theirComment.locator(".like").click();
        assertThat(theirComment.locator(".like")).hasAttribute("aria-pressed", "true");
        assertThat(theirComment.locator(".like-count")).hasText("1");

        theirComment.locator("details.reply-box summary").click();
        theirComment.locator("#reply-form-" + theirs + " textarea").fill("同意，肝功能异常时会提前。");
        theirComment.locator("#reply-form-" + theirs + " button").click();
        assertThat(page.locator("#replies-" + theirs + " li.reply")).containsText("同意，肝功能异常时会提前。");
        assertThat(page.locator("#comment-count")).hasText("3");
        assertThat(page.locator("#title-comment-count")).hasText("3");

        theirComment.locator("details.report-box").first().locator("summary").click();
        theirComment.locator("#report-form-" + theirs + " label", new Locator.LocatorOptions().setHasText("不实或误导")).click();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("comments-report-form")));
        theirComment.locator("#report-form-" + theirs + " button").click();
        assertThat(theirComment.locator(".notice.ok")).containsText("已收到您的举报");

        mine.locator("details.action summary", new Locator.LocatorOptions().setHasText("编辑")).click();
        mine.locator("form[id^=edit-form] textarea").fill("我们通常四周复查一次（已补充）。");
        mine.locator("form[id^=edit-form] button").click();
        Locator edited = page.locator("#comment-list > li.comment").first();
        assertThat(edited).containsText("已补充");
        assertThat(edited.locator(".edited")).hasText("已编辑");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("comments-after-actions")).setFullPage(true));

        page.onceDialog(dialog -> dialog.accept());
        edited.locator("form[id^=delete-form] button").click();
        assertThat(page.locator("#title-comment-count")).hasText("2");
        page.locator(".article-header").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("comments-count-after-delete")));
        assertOnePhoneWide(page);
        page.context().close();
    }

    @Test
    void aLimitReachedShowsItsMessageInTheFormAndPostsNothing() {
        ArticleSummary article = readers.freshArticle();
        AccountPrincipal reader = readers.passedReader();
        for (int i = 0; i < 5; i++) {
            comments.post(reader, article, "第 " + i + " 条", null);
        }
        Page page = browser.phone("zh-CN");
        signIn(page, reader);
        page.navigate(url("/articles/" + article.slug()));
        showComments(page);

        page.fill("#comment-body", "第六条，超过了每分钟的限制");
        page.locator("#comment-form button[type=submit]").click();
        assertThat(page.locator("#comment-form .form-error")).containsText("每分钟最多 5 条");
        assertThat(page.locator("#comment-list")).not().containsText("第六条");
        assertThat(page.locator("#comment-body")).hasValue("第六条，超过了每分钟的限制");
        page.locator("#comment-form").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("comments-limit-reached")));
        page.context().close();
    }

    @Test
    void theXssCorpusStaysInertInTheBrowser() {
        ArticleSummary article = readers.freshArticle();
        for (String payload : CommentPagesTest.XSS) {
            comments.post(readers.passedReader(), article, payload, null);
        }
        AccountPrincipal reader = readers.passedReader();
        Page page = browser.phone("zh-CN");
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        signIn(page, reader);
        page.navigate(url("/articles/" + article.slug()));
        showComments(page);
        page.locator("#comment-list").scrollIntoViewIfNeeded();
        page.mouse().move(100, 400);
        page.waitForTimeout(300);

        assertThat(dialogs).isEmpty();
        assertThat(page.locator(".comment-body script, .comment-body img, .comment-body svg, .comment-body iframe, "
                + ".comment-body style, .comment-body details, .comment-body math")).hasCount(0);
        assertThat(page.locator(".comment-body a")).hasCount(2);
        for (String href : page.locator(".comment-body a").evaluateAll("links => links.map(a => a.getAttribute('href'))")
                .toString().split(",")) {
            assertThat(href).contains("https://example.org/");
        }
        assertThat(page.locator("#comment-list")).containsText("<script>alert('xss')</script>");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("comments-xss-corpus")));
        page.context().close();
    }

    @Test
    void anEditorPinsAndHidesFromTheArticleAndTheReaderSeesTheResult() {
        ArticleSummary article = readers.freshArticle();
        long pinned = comments.post(readers.passedReader(), article, "值得置顶的经验总结", null).id();
        long hidden = comments.post(readers.passedReader(), article, "含有患者姓名的评论", null).id();
        comments.post(readers.passedReader(), article, "最新的一条", null);

        Page editor = browser.phone("zh-CN");
        editor.onDialog(dialog -> dialog.accept());
        TestUsers.signInDemo(editor, url(""), "editor");
        editor.navigate(url("/articles/" + article.slug()));
        showComments(editor);
        Locator toPin = editor.locator("#comment-" + pinned);
        toPin.locator("details.staff-tools summary").click();
        toPin.locator("details.staff-tools button", new Locator.LocatorOptions().setHasText("置顶")).click();
        assertThat(editor.locator(".comment-list.pinned #comment-" + pinned)).hasCount(1);

        Locator toHide = editor.locator("#comment-" + hidden);
        toHide.locator("details.staff-tools summary").click();
        toHide.locator("details.staff-tools input[name=reason]").fill("含患者可识别信息");
        toHide.locator("details.staff-tools button", new Locator.LocatorOptions().setHasText("隐藏")).click();
        assertThat(editor.locator("#comment-" + hidden)).hasCount(0);
        assertThat(editor.locator("#comment-count")).hasText("2");
        editor.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("comments-pinned")));

        editor.navigate(url("/editor/comments?view=recent"));
        assertThat(editor.locator("#moderation-" + hidden)).containsText("已隐藏");
        editor.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshot("comments-moderation-queue")));
        assertOnePhoneWide(editor);
        editor.context().close();
    }

    /** Through the real form, with the password {@link com.hcpress.support.TestUsers} gives its readers. */
    private void signIn(Page page, AccountPrincipal reader) {
        page.navigate(url("/login"));
        page.fill("#username", reader.displayName());
        page.fill("#password", "a-long-passphrase");
        page.click("form.stacked button[type=submit]");
        page.waitForLoadState();
    }

    private static void assertOnePhoneWide(Page page) {
        int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
        assertThat(overflow).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(0);
    }

    /** The comments load once scrolled near, as a reader scrolls to them (on a short page they are in already). */
    private static void showComments(Page page) {
        page.evaluate("() => document.getElementById('comments')?.scrollIntoView()");
        try {
            page.waitForSelector("#comment-list", new Page.WaitForSelectorOptions().setTimeout(5_000));
        } catch (com.microsoft.playwright.TimeoutError notSeenYet) {
            // Content loaded above (related articles) can push the section out of view again before
            // it was seen; a reader scrolls on, the test asks as the count beside the title does.
            page.evaluate("() => htmx.trigger('#comments', 'hcpress:show-comments')");
            page.waitForSelector("#comment-list");
        }
    }
}
