package com.hcpress.comment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.CommentView;
import com.hcpress.comment.Comments;
import com.hcpress.comment.ReportReason;
import com.hcpress.content.ArticleSummary;
import com.hcpress.gate.GatePaths;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/** The article page's comments and their htmx fragments, the editors' queue, and escaping. */
@HcpressIntegrationTest
class CommentPagesTest {

    /** Payloads that would run script or inject markup if any of them reached the page unescaped. */
    static final List<String> XSS = List.of(
            "<script>alert('xss')</script>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "\"><script>alert(document.cookie)</script>",
            "'><iframe src=javascript:alert(1)></iframe>",
            "javascript:alert(1)",
            "<a href=\"javascript:alert(1)\">点我</a>",
            "https://example.org/\"onmouseover=\"alert(1)",
            "https://example.org/<script>alert(1)</script>",
            "<details open ontoggle=alert(1)>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "{{7*7}} [[${7*7}]] [(${T(java.lang.Runtime).getRuntime()})]",
            "<style>body{display:none}</style>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "\u202Egnp.exe",
            "<body onload=alert(1)>");

    @Autowired
    MockMvc mvc;
    final TestUsers readers;
    @Autowired
    Comments comments;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ArticleSummary article;
    AccountPrincipal reader;
    String base;

    @Autowired
    CommentPagesTest(ApplicationContext context) {
        this.readers = context.getBean(TestUsers.class);
    }

    @BeforeEach
    void freshArticle() {
        article = readers.freshArticle();
        reader = readers.passedReader();
        base = "/articles/" + article.slug() + "/comments";
    }

    @Test
    void theArticlePageShowsTheCountTheComposerAndTheNewestComments() throws Exception {
        comments.post(reader, article, "文章页上的第一条评论", null);
        String page = mvc.perform(get("/articles/" + article.slug()).with(user(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("the page loads its comments after itself").contains("hx-get=\"" + base + "\"")
                .doesNotContain("文章页上的第一条评论");
        String loaded = mvc.perform(get(base).with(user(reader)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(loaded).contains("id=\"comment-count\">1<", "id=\"comment-form\"", "文章页上的第一条评论",
                "name=\"key\"", "name=\"_csrf\"");
    }

    @Test
    void postingWithHtmxAnswersAFreshFormTheNewCommentAndTheCount() throws Exception {
        String fragment = mvc.perform(post(base).with(user(reader)).with(csrf()).header("HX-Request", "true")
                        .param("body", "通过 htmx 发表").param("key", "htmx-key-000001"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"comment-form\"", "hx-swap-oob=\"afterbegin:#comment-list\"", "通过 htmx 发表",
                "id=\"comment-count\" hx-swap-oob=\"true\">1<").doesNotContain("htmx-key-000001");

        String refused = mvc.perform(post(base).with(user(reader)).with(csrf()).header("HX-Request", "true")
                        .header("HX-Trigger", "comment-form").param("body", " "))
                .andExpect(status().isBadRequest()).andExpect(header().string("HX-Retarget", "#comment-form .form-error"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused.strip()).isEqualTo("评论内容不能为空。");
    }

    @Test
    void aLimitReachedWithHtmxIs429WithTheMessageAimedAtTheForm() throws Exception {
        for (int i = 0; i < 5; i++) {
            comments.post(reader, article, "限流 " + i, null);
        }
        for (String lang : new String[] {"zh", "en"}) {
            var answer = mvc.perform(post(base).param("lang", lang).with(user(reader)).with(csrf())
                            .header("HX-Request", "true").header("HX-Trigger", "comment-form").param("body", "第六条"))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(header().string("HX-Retarget", "#comment-form .form-error"))
                    .andExpect(header().string("HX-Reswap", "innerHTML"))
                    .andReturn().getResponse();
            answer.setCharacterEncoding("UTF-8");
            assertThat(answer.getContentAsString().strip())
                    .contains(lang.equals("zh") ? "每分钟最多 5 条" : "at most 5 comments a minute").doesNotContain("<");
        }
    }

    @Test
    void withoutHtmxAPostGoesBackToTheCommentOnTheArticle() throws Exception {
        String location = mvc.perform(post(base).with(user(reader)).with(csrf()).param("body", "无脚本也能发表"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/articles/" + article.slug() + "#comment-");
        mvc.perform(post(base).with(user(reader)).with(csrf()).param("body", ""))
                .andExpect(status().isBadRequest());
    }

    @Test
    void viewMoreLoadsTheNextTwentyInPlace() throws Exception {
        for (int i = 0; i < 25; i++) {
            comments.post(readers.passedReader(), article, "评论 " + i, null);
        }
        String section = mvc.perform(get(base).with(user(reader)).header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(section).contains("id=\"comments\"", "评论 24", "hx-target=\"closest li\"").doesNotContain("评论 4<");
        String cursor = section.replaceAll("(?s).*after=([a-z0-9-]+)\".*", "$1");
        String more = mvc.perform(get(base).param("after", cursor).with(user(reader)).header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(more).contains("评论 4<", "评论 0<").doesNotContain("id=\"comments\"", "评论 5<", "class=\"more\"");
    }

    @Test
    void likeAndReportAnswerTheirOwnFragments() throws Exception {
        CommentView posted = comments.post(readers.passedReader(), article, "值得点赞", null);
        String like = mvc.perform(post(base + "/" + posted.id() + "/like").with(user(reader)).with(csrf())
                        .header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(like).contains("aria-pressed=\"true\"", "/unlike", "class=\"like-count\">1<");

        String reported = mvc.perform(post(base + "/" + posted.id() + "/report").with(user(reader)).with(csrf())
                        .header("HX-Request", "true").param("reason", "SPAM"))
                .andReturn().getResponse().getContentAsString();
        assertThat(reported).contains("已收到您的举报");
        assertThat(mvc.perform(get(base + "/" + posted.id() + "/report").with(user(reader)))
                .andReturn().getResponse().getContentAsString()).contains("id=\"report-form-" + posted.id(), "name=\"reason\"");
        mvc.perform(get(base + "/" + posted.id() + "/manage").with(user(reader))).andExpect(status().isForbidden());
        assertThat(mvc.perform(get(base + "/" + posted.id() + "/manage").with(user(readers.demo("editor"))))
                .andReturn().getResponse().getContentAsString()).contains("/editor/comments/" + posted.id() + "/pin");
    }

    @Test
    void everyPayloadOfTheXssCorpusIsShownAsTextAndNeverAsMarkup() throws Exception {
        for (String payload : XSS) {
            comments.post(readers.passedReader(), article, payload, null);
        }
        String page = mvc.perform(get(base).with(user(reader)).header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script", "<img", "<iframe", "<math", "<style", "<body", "<details open",
                "href=\"javascript:", "\u202E");
        java.util.regex.Matcher bodies = java.util.regex.Pattern.compile("(?s)<p class=\"comment-body\">(.*?)</p>").matcher(page);
        int shown = 0;
        while (bodies.find()) {
            shown++;
            assertThat(bodies.group(1).replaceAll("<a href=\"https://[^\"<>]*\" rel=\"nofollow ugc noopener noreferrer\" target=\"_blank\">|</a>", ""))
                    .as("a comment body holds text and our own links only").doesNotContain("<");
        }
        assertThat(shown).isEqualTo(XSS.size());
        assertThat(page).as("no tag carries an event handler").doesNotContainPattern("<[a-z][^>]*\\son[a-z]+=");
        assertThat(page).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;", "&amp;lt;script&amp;gt;",
                "href=\"https://example.org/\"", "&quot;onmouseover=&quot;alert(1)", "{{7*7}} [[${7*7}]]");
    }

    @Test
    void theEditorsQueueShowsReportedAndRecentCommentsWithArticleAndAuthor() throws Exception {
        AccountPrincipal editor = readers.demo("editor");
        CommentView reported = comments.post(readers.passedReader(), article, "被举报的评论", null);
        comments.report(reader, article, reported.id(), ReportReason.PRIVACY, "含住院号");
        CommentView quiet = comments.post(readers.passedReader(), article, "普通的新评论", null);

        String queue = mvc.perform(get("/editor/comments").with(user(editor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("被举报的评论", article.title(), "泄露患者或他人隐私", "被举报 1 次").doesNotContain("普通的新评论");
        assertThat(mvc.perform(get("/editor/comments").param("view", "recent").with(user(editor)))
                .andReturn().getResponse().getContentAsString()).contains("普通的新评论", "被举报的评论");

        mvc.perform(post("/editor/comments/" + reported.id() + "/hide").with(user(editor)).with(csrf())
                        .param("reason", "泄露隐私").param("back", "/editor/comments"))
                .andExpect(redirectedUrl("/editor/comments"));
        mvc.perform(post("/editor/comments/" + quiet.id() + "/pin").with(user(editor)).with(csrf())
                        .param("back", "https://evil.example/"))
                .andExpect(redirectedUrl("/editor/comments"));
        String page = mvc.perform(get(base).with(user(reader)).header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("被举报的评论").contains("class=\"badge pin\"", "id=\"comment-count\">1<");

        mvc.perform(get("/editor/comments").with(user(reader))).andExpect(status().isForbidden());
        mvc.perform(post("/editor/comments/" + quiet.id() + "/unpin").with(user(reader)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void staffSeeTheAuthorTheReportsAndTheHideReasonFilteredByArticleAndZone() throws Exception {
        AccountPrincipal admin = readers.demo("admin");
        AccountPrincipal writer = readers.passedReader();
        CommentView written = comments.post(writer, article, "剂量有误的那条评论", null);
        comments.report(reader, article, written.id(), ReportReason.MISINFORMATION, "剂量写错了");
        String account = jdbc.sql("select coalesce(email, mobile) from app_user where id = ?").param(writer.id())
                .query(String.class).single();
        ArticleSummary other = readers.freshArticle();
        comments.post(readers.passedReader(), other, "另一篇文章的评论", null);

        String byArticle = mvc.perform(get("/editor/comments").param("view", "recent").param("article", article.slug())
                .with(user(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byArticle).contains("剂量有误的那条评论", account, "/admin/users/" + writer.id(), "剂量写错了")
                .doesNotContain("另一篇文章的评论");
        String byZone = mvc.perform(get("/editor/comments").param("view", "recent").param("zone", TestUsers.ZONE)
                .with(user(admin))).andReturn().getResponse().getContentAsString();
        assertThat(byZone).contains("剂量有误的那条评论");
        assertThat(mvc.perform(get("/editor/comments").param("view", "recent").param("zone", "no-such-zone")
                .with(user(admin))).andReturn().getResponse().getContentAsString()).doesNotContain("剂量有误的那条评论");
        assertThat(mvc.perform(get("/editor/comments").param("article", "Not A Slug").with(user(admin)))
                .andReturn().getResponse().getStatus()).isEqualTo(400);

        mvc.perform(post("/editor/comments/" + written.id() + "/hide").with(user(admin)).with(csrf())
                .param("reason", "剂量信息有误，等待核实").param("back", "/editor/comments"));
        String after = mvc.perform(get("/editor/comments").param("view", "recent").param("article", article.slug())
                .with(user(readers.demo("editor")))).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("最近一次处理（已隐藏）：剂量信息有误，等待核实", account)
                .as("only administrators get the link to the account page").doesNotContain("/admin/users/" + writer.id());
        assertThat(jdbc.sql("select count(*) from notification where account_id = ? and category = ?")
                .params(writer.id(), com.hcpress.notification.NotificationCategory.COMMENT_MODERATED.key()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void someoneWhoHasNotPassedTheGateGetsNoCommentsFromAnyPage() throws Exception {
        comments.post(reader, article, "不该被看到的评论", null);
        AccountPrincipal newcomer = readers.unverifiedReader();

        mvc.perform(get("/articles/" + article.slug()).with(user(newcomer))).andExpect(status().is3xxRedirection());
        String gate = GatePaths.gate(TestUsers.ZONE, "/articles/" + article.slug());
        mvc.perform(get(base).with(user(newcomer))).andExpect(redirectedUrl(gate));
        String fragment = mvc.perform(get(base).with(user(newcomer)).header("HX-Request", "true"))
                .andExpect(status().isForbidden()).andExpect(header().string("HX-Redirect", "/articles/" + article.slug()))
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("不该被看到的评论");
        mvc.perform(post(base).with(user(newcomer)).with(csrf()).param("body", "偷偷发表"))
                .andExpect(redirectedUrl(gate));
        mvc.perform(get(base)).andExpect(redirectedUrl(gate));
        assertThat(comments.count(reader, article)).isEqualTo(1);
    }
}
