package com.hcpress.comment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.CommentImports;
import com.hcpress.comment.CommentModeration;
import com.hcpress.comment.Comments;
import com.hcpress.comment.PublicNames;
import com.hcpress.content.ArticleSummary;
import com.hcpress.privacy.AccountErasure;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/**
 * The pages 查看更多 loads after the first are shared bytes, like the first: every reader gets the
 * same page with only their own token, form keys, likes and controls, and a change to the
 * article's comments shows on them at once.
 */
@HcpressIntegrationTest
class SharedCommentPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Comments comments;
    @Autowired
    CommentImports imports;
    @Autowired
    CommentModeration moderation;
    @Autowired
    AccountErasure erasure;
    @Autowired
    PublicNames publicNames;
    @Autowired
    JdbcClient jdbc;
    final TestUsers readers;

    ArticleSummary article;
    AccountPrincipal alice;
    AccountPrincipal bob;
    AccountPrincipal carol;
    AccountPrincipal dave;
    String base;
    /** Comment ids by number: 24 is the newest, on the first page; 0 to 4 are on the second. */
    final List<Long> ids = new ArrayList<>();

    @Autowired
    SharedCommentPagesTest(ApplicationContext context) {
        this.readers = context.getBean(TestUsers.class);
    }

    @BeforeEach
    void articleWithTwoPages() {
        article = readers.freshArticle();
        alice = readers.passedReader();
        bob = readers.passedReader();
        carol = readers.passedReader();
        dave = readers.passedReader();
        base = "/articles/" + article.slug() + "/comments";
        ids.clear();
        for (int i = 0; i < 25; i++) {
            AccountPrincipal author = i == 2 ? alice : bob;
            ids.add(imports.comment(article.id(), author.id(), "第" + i + "条评论", Instant.now()));
        }
        imports.like(ids.get(3), bob.id());
    }

    @Test
    void twoReadersGetTheSameLaterPageEachWithOnlyTheirOwnTokenLikesAndControls() throws Exception {
        String cursor = nextCursor(carol);
        MvcResult carols = later(carol, cursor);
        MvcResult daves = later(dave, cursor);
        String forCarol = carols.getResponse().getContentAsString();
        String forDave = daves.getResponse().getContentAsString();

        assertThat(forCarol).contains("第4条评论<", "第0条评论<").doesNotContain("第5条评论<", "id=\"comments\"");
        assertThat(tokens(forCarol)).containsOnly(tokenOf(carols));
        assertThat(tokens(forDave)).containsOnly(tokenOf(daves));
        assertThat(tokenOf(carols)).isNotEqualTo(tokenOf(daves));
        assertThat(keys(forCarol)).doesNotContainAnyElementsOf(keys(forDave));
        assertThat(neutral(forCarol)).as("the same bytes but for the token and form keys").isEqualTo(neutral(forDave));
        assertThat(forCarol).doesNotContain("delete-form-", "edit-form-", "aria-pressed=\"true\"");

        MvcResult alices = later(alice, cursor);
        String forAlice = alices.getResponse().getContentAsString();
        assertThat(tokens(forAlice)).isNotEmpty().containsOnly(tokenOf(alices));
        assertThat(forAlice).as("her own controls replace the shared ones, nothing is doubled")
                .containsOnlyOnce("id=\"comment-" + ids.get(2) + "\"")
                .containsOnlyOnce("action=\"/articles/" + article.slug() + "/comments/" + ids.get(2) + "/like\"");
        for (String part : List.of("class=\"comment-actions\"", "class=\"like-form\"", "class=\"comment\"")) {
            assertThat(count(forAlice, part)).as(part).isEqualTo(count(forCarol, part)).isPositive();
        }
        assertThat(forAlice).as("alice wrote comment 2").contains("delete-form-" + ids.get(2), "edit-form-" + ids.get(2))
                .doesNotContain("delete-form-" + ids.get(1), "aria-pressed=\"true\"");
        MvcResult bobs = later(bob, cursor);
        String forBob = bobs.getResponse().getContentAsString();
        assertThat(tokens(forBob)).as("the shared holes and his own controls carry his token alone")
                .isNotEmpty().containsOnly(tokenOf(bobs));
        assertThat(forBob).as("bob liked comment 3 and wrote all but comment 2")
                .contains("/comments/" + ids.get(3) + "/unlike", "delete-form-" + ids.get(4))
                .doesNotContain("delete-form-" + ids.get(2));
        assertThat(neutral(later(carol, cursor).getResponse().getContentAsString()))
                .as("nobody's own views reached the shared copy").isEqualTo(neutral(forCarol));
    }

    @Test
    void aReplyADeletionAHiddenCommentAndAnErasedAuthorShowOnTheKeptPageAtOnce() throws Exception {
        String cursor = nextCursor(carol);
        assertThat(later(dave, cursor).getResponse().getContentAsString()).contains("第1条评论<", "第2条评论<");

        comments.reply(carol, article, ids.get(0), "对第0条的回复", null);
        assertThat(later(dave, cursor).getResponse().getContentAsString()).contains("对第0条的回复");

        comments.delete(bob, article, ids.get(1));
        assertThat(later(dave, cursor).getResponse().getContentAsString()).doesNotContain("第1条评论<");

        moderation.hide(readers.demo("editor"), ids.get(4), "含有患者可识别信息");
        assertThat(later(dave, cursor).getResponse().getContentAsString()).doesNotContain("第4条评论<");

        assertThat(later(dave, cursor).getResponse().getContentAsString()).doesNotContain("已注销用户");
        erasure.erase(alice.id());
        assertThat(later(dave, cursor).getResponse().getContentAsString()).contains("第2条评论<", "已注销用户");
    }

    @Test
    void aPublicNameChosenAndACommentFixedInTheDatabaseShowOnTheKeptPageAtOnce() throws Exception {
        String cursor = nextCursor(carol);
        String handle = "肝病医者" + ThreadLocalRandom.current().nextInt(1000, 10000);
        assertThat(later(dave, cursor).getResponse().getContentAsString()).doesNotContain(handle);

        publicNames.choose(alice.id(), "HANDLE", handle);
        assertThat(later(dave, cursor).getResponse().getContentAsString()).as("alice wrote comment 2").contains(handle);

        jdbc.sql("update comment set body = '第0条评论（手工修正）' where id = ?").param(ids.get(0)).update();
        await().atMost(Duration.ofSeconds(10)).until(
                () -> later(dave, cursor).getResponse().getContentAsString().contains("第0条评论（手工修正）"));
    }

    @Test
    void staffGetTheirToolsOnKeptPagesAndReadersNever() throws Exception {
        AccountPrincipal editor = readers.demo("editor");
        String cursor = nextCursor(carol);
        String forReaderFirst = later(carol, cursor).getResponse().getContentAsString();
        String forEditor = later(editor, cursor).getResponse().getContentAsString();
        String forReaderAfter = later(dave, cursor).getResponse().getContentAsString();

        assertThat(forEditor).contains("class=\"action staff-tools\"", "/comments/" + ids.get(0) + "/manage");
        assertThat(forReaderFirst).doesNotContain("staff-tools", "/manage");
        assertThat(forReaderAfter).doesNotContain("staff-tools", "/manage");

        String sectionForEditor = mvc.perform(get(base).with(user(editor)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String sectionForReader = mvc.perform(get(base).with(user(dave)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sectionForEditor).contains("staff-tools");
        assertThat(sectionForReader).contains("第24条评论<").doesNotContain("staff-tools");
    }

    @Test
    void cursorsAreKeptInOneSpellingAndAForgedOneIsRefused() throws Exception {
        String cursor = nextCursor(carol);
        String padded = cursor.replace("n", "n000");
        assertThat(neutral(later(dave, padded).getResponse().getContentAsString()))
                .isEqualTo(neutral(later(carol, cursor).getResponse().getContentAsString()));
        mvc.perform(get(base).param("after", "x1").with(user(dave)).header("HX-Request", "true"))
                .andExpect(status().isBadRequest());
        mvc.perform(get(base).param("after", "n1").with(user(readers.unverifiedReader())).header("HX-Request", "true"))
                .andExpect(status().isForbidden());
    }

    private String nextCursor(AccountPrincipal reader) throws Exception {
        String section = mvc.perform(get(base).with(user(reader)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher cursor = Pattern.compile("after=(n\\d+)\"").matcher(section);
        assertThat(cursor.find()).as("the first page links the next").isTrue();
        return cursor.group(1);
    }

    private MvcResult later(AccountPrincipal reader, String cursor) throws Exception {
        MvcResult result = mvc.perform(get(base).param("after", cursor).with(user(reader)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn();
        result.getResponse().setCharacterEncoding("UTF-8");
        return result;
    }

    private static String tokenOf(MvcResult result) {
        return ((CsrfToken) result.getRequest().getAttribute(CsrfToken.class.getName())).getToken();
    }

    private static List<String> tokens(String html) {
        return CSRF.matcher(html).results().map(found -> found.group(1)).toList();
    }

    private static List<String> keys(String html) {
        return KEY.matcher(html).results().map(found -> found.group(1)).toList();
    }

    private static int count(String html, String part) {
        return html.split(Pattern.quote(part), -1).length - 1;
    }

    private static String neutral(String html) {
        return KEY.matcher(CSRF.matcher(html).replaceAll("name=\"_csrf\" value=\"T\"")).replaceAll("name=\"key\" value=\"K\"");
    }
}
