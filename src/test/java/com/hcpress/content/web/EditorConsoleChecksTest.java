package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.EditorCatalog;
import com.hcpress.content.WorkflowState;
import com.hcpress.content.ZoneGrants;
import com.hcpress.content.ZoneRole;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/**
 * The console's checks through its HTTP routes: publishing says what the references lack before
 * what the workflow lacks, the bulk form refuses by name what changed since the list, and a
 * zone role shows the 编辑 link and its own zone's images, not another's.
 */
@HcpressIntegrationTest
class EditorConsoleChecksTest {

    private static final Pattern STORED = Pattern.compile("/images/(\\d+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    EditorCatalog desk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ZoneGrants grants;
    @Autowired
    AccountRegistry accounts;

    @Test
    void publishingADraftWithIncompleteReferencesSaysSoBeforeItsState() throws Exception {
        long id = create("incomplete-" + suffix(), "Incomplete first", "");
        MockHttpServletResponse zh = publish(id, "zh-CN");
        assertThat(zh.getStatus()).isEqualTo(422);
        assertThat(zh.getContentAsString()).contains("参考文献 [2] 只有标识符或没有任何可显示的内容，补全后才能发布。");
        MockHttpServletResponse en = publish(id, "en");
        assertThat(en.getStatus()).isEqualTo(422);
        assertThat(en.getContentAsString()).contains("References [2] are only an identifier or show nothing");

        long complete = create("complete-" + suffix(), "Complete but a draft", "Lancet");
        assertThat(publish(complete, "zh-CN").getStatus()).as("a complete draft: the state answers").isEqualTo(409);
    }

    @Test
    void theBulkFormRefusesByNameAnArticleChangedSinceTheListAndDoesTheRest() throws Exception {
        long kept = create("bulk-kept-" + suffix(), "Bulk listed as shown", "Lancet");
        long moved = create("bulk-moved-" + suffix(), "Bulk changed meanwhile", "Lancet");
        for (long id : List.of(kept, moved)) {
            assertThat(step(id, "submit")).isEqualTo(302);
            assertThat(step(id, "approve")).isEqualTo(302);
        }
        long keptVersion = desk.article(kept).orElseThrow().version();
        long listedVersion = desk.article(moved).orElseThrow().version();
        String list = mvc.perform(get("/editor").param("q", "Bulk changed meanwhile").with(editor()))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("value=\"" + moved + ":" + listedVersion + "\"");
        jdbc.sql("update article set publish_at = null, version = version + 1 where id = ?").param(moved).update();

        org.springframework.test.web.servlet.MvcResult answer = mvc.perform(post("/editor/articles/bulk").with(csrf())
                .with(editor()).header("Accept-Language", "zh-CN").param("action", "publish")
                .param("ids", kept + ":" + keptVersion, moved + ":" + listedVersion)).andReturn();
        assertThat(answer.getResponse().getStatus()).isEqualTo(302);
        assertThat(answer.getFlashMap().get("bulkDone")).isEqualTo(1);
        assertThat(answer.getFlashMap().get("bulkSkipped")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("《Bulk changed meanwhile》在列表显示后已被修改，未处理；请刷新列表后再选");
        assertThat(desk.article(kept).orElseThrow().isLive()).isTrue();
        assertThat(desk.article(moved).orElseThrow().workflowState()).isEqualTo(WorkflowState.APPROVED);

        for (String bad : List.of(Long.toString(moved), moved + ":x", "a:1", moved + ":1:2")) {
            assertThat(mvc.perform(post("/editor/articles/bulk").with(csrf()).with(editor()).param("action", "publish")
                    .param("ids", bad)).andReturn().getResponse().getStatus()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void aZoneRoleShowsTheEditorLinkAndItsOwnZonesImagesOnly() throws Exception {
        String email = "zone-author-" + suffix() + "@hcpress.test";
        long account = accounts.create(SignInIdentifier.parse(email).orElseThrow(), TestUsers.DEMO_PASSWORD,
                EnumSet.of(Role.READER));
        RequestPostProcessor author = user(users.loadUserByUsername(email));
        long otherZone = jdbc.sql("insert into zone (slug, name_zh, name_en, description_zh, description_en, position) "
                        + "values (?, '别的专区', 'Elsewhere', '', '', 97) returning id")
                .param("elsewhere-" + suffix()).query(Long.class).single();
        long ownImage = upload(zone());
        long otherImage = upload(otherZone);

        assertThat(home(author)).doesNotContain("href=\"/editor\"");
        assertThat(status(get("/images/" + ownImage).with(author))).as("no role, gate not passed").isEqualTo(403);

        long admin = jdbc.sql("select id from app_user where email = 'admin@hcpress.test'").query(Long.class).single();
        grants.grant(admin, account, zone(), ZoneRole.AUTHOR);
        assertThat(home(author)).contains("href=\"/editor\"");
        assertThat(status(get("/images/" + ownImage).with(author))).as("its zone's image").isEqualTo(200);
        assertThat(status(get("/images/" + otherImage).with(author))).as("another zone's image").isEqualTo(403);
        assertThat(status(get("/images/" + otherImage))).as("anonymous").isEqualTo(401);
        assertThat(status(get("/editor/images/picker").param("zoneId", Long.toString(zone())).with(author)))
                .as("the cover picker of its zone").isEqualTo(200);
        assertThat(status(get("/editor/images/" + ownImage + "/thumbnail").with(author))).isEqualTo(200);
        assertThat(status(get("/editor/images/picker").param("zoneId", Long.toString(otherZone)).with(author))).isEqualTo(403);
        assertThat(status(get("/editor/images/" + otherImage + "/thumbnail").with(author))).isEqualTo(403);
        assertThat(home(TestUsers.asDemo(users, "reader"))).doesNotContain("href=\"/editor\"");
        assertThat(home(editor())).contains("href=\"/editor\"");
    }

    @Test
    void theCoverIsShownWithItsAltTextAndChosenWithoutScriptsToo() throws Exception {
        long id = create("cover-" + suffix(), "Cover chosen", "Lancet");
        long image = upload(zone());
        long version = desk.article(id).orElseThrow().version();
        MockHttpServletResponse chosen = saveCover(id, version, "coverImageId", Long.toString(image), "en");
        assertThat(chosen.getStatus()).isEqualTo(302);
        String form = mvc.perform(get("/editor/articles/" + id).with(editor())).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<input type=\"hidden\" id=\"coverImageId\" name=\"coverImageId\" value=\"" + image + "\"",
                "<img id=\"cover-thumbnail\" src=\"/editor/images/" + image + "/thumbnail\"", "alt=\"A pattern\">",
                "<span id=\"cover-alt\">A pattern</span>", "name=\"coverChoice\"",
                "<option value=\"" + image + "\"", "selected=\"selected\">#" + image + " A pattern</option>");

        long third = jdbc.sql("insert into zone (slug, name_zh, name_en, description_zh, description_en, position) "
                + "values (?, '第三个专区', 'Third', '', '', 96) returning id").param("third-" + suffix()).query(Long.class).single();
        // Written straight into the database: the kept zones hear of it through the change bus.
        await().atMost(Duration.ofSeconds(10)).until(() -> catalog.zone(third).isPresent());
        long other = upload(third);
        version = desk.article(id).orElseThrow().version();
        MockHttpServletResponse foreign = saveCover(id, version, "coverImageId", Long.toString(other), "en");
        assertThat(foreign.getStatus()).isEqualTo(422);
        assertThat(foreign.getContentAsString()).contains("image " + other + " belongs to another zone");
        MockHttpServletResponse missing = saveCover(id, version, "coverChoice", "987654321", "zh-CN");
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(missing.getContentAsString()).contains("图片 987654321 不存在，请从图片库重新选择");

        MockHttpServletResponse removed = saveCover(id, version, "coverChoice", "", "zh-CN");
        assertThat(removed.getStatus()).as("the select without scripts removes the cover").isEqualTo(302);
        assertThat(desk.article(id).orElseThrow().draft().coverImageId()).isNull();
    }

    private MockHttpServletResponse saveCover(long id, long version, String field, String value, String language)
            throws Exception {
        return mvc.perform(post("/editor/articles/" + id).with(csrf()).with(editor()).header("Accept-Language", language)
                .param("version", Long.toString(version)).param("zoneId", Long.toString(zone()))
                .param("title", "Cover chosen").param("sourceLine", "HCPress editors").param("publishedOn", "2026-01-23")
                .param("kind", "original").param(field, value)
                .param("bodyMarkdown", "Chemoembolisation came first [1]; combinations followed [1,2].")
                .param("refCitation", "Song S. Hepatic arterial infusion chemotherapy. World J Gastroenterol. 2013;19(29):4679.",
                        "10.1016/S0140-6736(24)02575-3")
                .param("refTitle", "Hepatic arterial infusion chemotherapy", "").param("refJournal", "World J Gastroenterol", "Lancet")
                .param("refYear", "2013", "2024").param("refDoi", "", "10.1016/S0140-6736(24)02575-3")
                .param("reviewerCredit", "Reviewer").param("editorCredit", "Editor")).andReturn().getResponse();
    }

    @Test
    void aReviewerRemarksOnALineShownBesideItAndInTheHistory() throws Exception {
        long id = create("remarks-" + suffix(), "Remarks by line", "Lancet");
        jdbc.sql("update article_revision set body_markdown = ? where article_id = ? and revision = 1")
                .params("First line [1].\n\nSecond paragraph [2].", id).update();
        MockHttpServletResponse done = remark(id, "3", "Dose to check <b>here</b>", "zh-CN");
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo("/editor/articles/" + id + "/revisions/1#line-3");

        String page = mvc.perform(get("/editor/articles/" + id + "/revisions/1").with(editor()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("id=\"line-3\" class=\"body-line remarked\">[\\s\\S]*Second paragraph \\[2\\]\\.[\\s\\S]*"
                + "Dose to check &lt;b&gt;here&lt;/b&gt;").contains("id=\"remark-form\"");
        String changes = mvc.perform(get("/editor/articles/" + id + "/revisions/1/changes").with(editor()))
                .andReturn().getResponse().getContentAsString();
        assertThat(changes).containsPattern("Second paragraph \\[2\\]\\.(</ins>)?<ul class=\"line-remarks\">")
                .contains("Dose to check &lt;b&gt;here&lt;/b&gt;");
        String history = mvc.perform(get("/editor/articles/" + id + "/revisions").with(editor()).header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsString();
        assertThat(history).contains("对一行提出意见", "第 3 行「Second paragraph [2].」", "Dose to check &lt;b&gt;here&lt;/b&gt;");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'article.line-remarked' and subject = ?")
                .param("article:" + id).query(Long.class).single()).isEqualTo(1);

        assertRefused(remark(id, "9", "Where?", "zh-CN"), "该版本的正文没有第 9 行（共 3 行）。");
        assertRefused(remark(id, "2", "Empty line", "en"), "Line 2 is empty; pick a line with text.");
        assertRefused(remark(id, "1", "  ", "zh-CN"), "请填写意见。");
        assertRefused(remark(id, "1", "x".repeat(501), "en"), "A remark has at most 500 characters.");
        assertRefused(remark(id, "one", "Which?", "en"), "Enter the line number.");
        assertThat(mvc.perform(post("/editor/articles/" + id + "/revisions/7/remarks").with(csrf()).with(editor())
                .param("line", "1").param("message", "No such revision")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from article_workflow_event where article_id = ? and action = 'line-remark'")
                .param(id).query(Long.class).single()).as("nothing stored from a refusal").isEqualTo(1);
    }

    private void assertRefused(MockHttpServletResponse response, String message) throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains(message);
    }

    private MockHttpServletResponse remark(long id, String line, String message, String language) throws Exception {
        return mvc.perform(post("/editor/articles/" + id + "/revisions/1/remarks").with(csrf()).with(editor())
                .header("Accept-Language", language).param("line", line).param("message", message)).andReturn().getResponse();
    }

    private String home(RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/").with(who)).andReturn().getResponse().getContentAsString();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private long upload(long zoneId) throws Exception {
        BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x3366aa);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        MockHttpServletResponse response = mvc.perform(multipart("/editor/articles/images")
                        .file(new MockMultipartFile("image", "pattern.png", "image/png", bytes.toByteArray()))
                        .param("zoneId", Long.toString(zoneId)).param("alt", "A pattern").with(csrf()).with(editor())
                        .header("HX-Request", "true")).andReturn().getResponse();
        Matcher matcher = STORED.matcher(response.getContentAsString());
        assertThat(matcher.find()).as(response.getContentAsString()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private MockHttpServletResponse publish(long id, String language) throws Exception {
        return mvc.perform(post("/editor/articles/" + id + "/publish").with(csrf()).with(editor())
                .header("Accept-Language", language)
                .param("version", Long.toString(desk.article(id).orElseThrow().version()))).andReturn().getResponse();
    }

    private int step(long id, String step) throws Exception {
        return mvc.perform(post("/editor/articles/" + id + "/" + step)
                .param("version", Long.toString(desk.article(id).orElseThrow().version()))
                .with(csrf()).with(editor())).andReturn().getResponse().getStatus();
    }

    /** An article of two references; the second is a DOI alone unless {@code secondSource} names its journal. */
    private long create(String slug, String title, String secondSource) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/editor/articles").with(csrf()).with(editor())
                .param("slug", slug).param("zoneId", Long.toString(zone())).param("title", title)
                .param("sourceLine", "HCPress editors").param("publishedOn", "2026-01-23").param("kind", "original")
                .param("bodyMarkdown", "Chemoembolisation came first [1]; combinations followed [1,2].")
                .param("refCitation", "Song S. Hepatic arterial infusion chemotherapy. World J Gastroenterol. 2013;19(29):4679.",
                        "10.1016/S0140-6736(24)02575-3")
                .param("refTitle", "Hepatic arterial infusion chemotherapy", "")
                .param("refJournal", "World J Gastroenterol", secondSource)
                .param("refYear", "2013", "2024").param("refDoi", "", "10.1016/S0140-6736(24)02575-3")
                .param("reviewerCredit", "Reviewer").param("editorCredit", "Editor")).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return Long.parseLong(response.getRedirectedUrl().replaceAll("^/editor/articles/(\\d+).*$", "$1"));
    }

    private RequestPostProcessor editor() {
        return TestUsers.asDemo(users, "editor");
    }

    private long zone() {
        return catalog.zone("liver-intervention").orElseThrow().id();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
