package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.content.ArticleStatus;
import com.hcpress.content.WorkflowState;
import com.hcpress.content.ZoneGrants;
import com.hcpress.content.ZoneRole;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.EditableArticle;
import com.hcpress.content.EditorCatalog;
import com.hcpress.content.RevisionSummary;
import com.hcpress.support.TestUsers;
import com.hcpress.support.HcpressIntegrationTest;

@HcpressIntegrationTest
class ArticleEditorTest {

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
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void aReaderIsRefusedEveryEditorRouteGetAndPost() throws Exception {
        long article = catalog.publishedArticle("tace-haic-2025-review").orElseThrow().id();
        List<String> checked = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.equals("/editor") && !pattern.startsWith("/editor/")) {
                    continue;
                }
                String path = pattern.replace("{id}", Long.toString(article)).replace("{revision}", "1")
                        .replaceAll("\\{[^}]+}", "1");
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    MockHttpServletRequestBuilder request = method == RequestMethod.GET ? get(path) : post(path).with(csrf());
                    int status = mvc.perform(request.with(TestUsers.asDemo(users, "reader"))).andReturn().getResponse().getStatus();
                    assertThat(status).as(method + " " + path).isEqualTo(403);
                    checked.add(method + " " + pattern);
                }
            }
        }
        assertThat(checked).contains("GET /editor", "GET /editor/articles/new", "POST /editor/articles",
                "GET /editor/articles/{id}", "POST /editor/articles/{id}", "POST /editor/articles/{id}/publish",
                "POST /editor/articles/{id}/unpublish", "GET /editor/articles/{id}/revisions",
                "GET /editor/articles/{id}/revisions/{revision}", "POST /editor/articles/{id}/revisions/{revision}/restore",
                "POST /editor/articles/preview", "POST /editor/articles/references/parse", "POST /editor/articles/images",
                "GET /editor/comments");
    }

    @Test
    void anEditorWritesPublishesRevisesAndRestores() throws Exception {
        String slug = "editor-test-" + UUID.randomUUID().toString().substring(0, 8);
        long id = create(slug, "First title");
        EditableArticle created = desk.article(id).orElseThrow();
        assertThat(created.revision()).isEqualTo(1);
        assertThat(created.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(created.draft().references()).hasSize(2);
        assertThat(created.draft().references().get(1).doi()).isEqualTo("10.1016/S0140-6736(24)02575-3");
        assertThat(catalog.publishedArticle(slug)).isEmpty();

        MockHttpServletResponse saved = save(id, created.version(), "Second title");
        assertThat(saved.getStatus()).isEqualTo(302);
        EditableArticle second = desk.article(id).orElseThrow();
        assertThat(second.revision()).isEqualTo(2);

        MockHttpServletResponse stale = save(id, created.version(), "Overwriting title");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("其他编辑已经修改", "Overwriting title");
        assertThat(desk.article(id).orElseThrow().draft().title()).isEqualTo("Second title");

        assertThat(step(id, "publish")).as("not before review and sign-off").isEqualTo(409);
        assertThat(step(id, "submit")).isEqualTo(302);
        assertThat(step(id, "approve")).isEqualTo(302);
        assertThat(step(id, "publish")).isEqualTo(302);
        assertThat(catalog.publishedArticle(slug)).get().satisfies(view -> {
            assertThat(view.title()).isEqualTo("Second title");
            assertThat(view.bodyHtml()).contains("href=\"#ref-2\"");
        });

        long version = desk.article(id).orElseThrow().version();
        int restore = mvc.perform(post("/editor/articles/" + id + "/revisions/1/restore").param("version", Long.toString(version))
                .with(csrf()).with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse().getStatus();
        assertThat(restore).isEqualTo(302);
        EditableArticle restored = desk.article(id).orElseThrow();
        assertThat(restored.revision()).isEqualTo(3);
        assertThat(restored.draft().title()).isEqualTo("First title");
        assertThat(catalog.publishedArticle(slug).orElseThrow().title()).as("a live article keeps its text until sign-off")
                .isEqualTo("Second title");
        assertThat(page("/editor/articles/" + id)).contains("第 3 版是对已发布文章的修改");
        List<RevisionSummary> history = desk.history(id);
        assertThat(history).extracting(RevisionSummary::revision).containsExactly(3, 2, 1);
        assertThat(history.get(0).restoredFrom()).isEqualTo(1);
        assertThat(history.get(0).editedBy()).isNotBlank();

        int staleRestore = mvc.perform(post("/editor/articles/" + id + "/revisions/2/restore").param("version", Long.toString(version))
                .with(csrf()).with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse().getStatus();
        assertThat(staleRestore).isEqualTo(409);
        assertThat(desk.article(id).orElseThrow().revision()).isEqualTo(3);

        assertThat(step(id, "submit")).isEqualTo(302);
        MockHttpServletResponse noReason = mvc.perform(post("/editor/articles/" + id + "/return")
                .param("version", Long.toString(desk.article(id).orElseThrow().version()))
                .with(csrf()).with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse();
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("请写明原因或意见");
        assertThat(step(id, "approve")).isEqualTo(302);
        assertThat(step(id, "publish")).isEqualTo(302);
        assertThat(catalog.publishedArticle(slug).orElseThrow().title()).isEqualTo("First title");
        assertThat(page("/editor/articles/" + id + "/revisions")).contains("流程记录", "提交审阅", "批准");

        int unpublish = mvc.perform(post("/editor/articles/" + id + "/unpublish")
                .param("version", Long.toString(desk.article(id).orElseThrow().version()))
                .with(csrf()).with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse().getStatus();
        assertThat(unpublish).isEqualTo(302);
        assertThat(catalog.publishedArticle(slug)).isEmpty();

        List<String> audited = jdbc.sql("select action from audit_log where subject = ? order by id")
                .param("article:" + id).query(String.class).list();
        assertThat(audited).containsExactly("article.submitted", "article.approved", "article.published",
                "article.restored", "article.submitted", "article.approved", "article.published", "article.unpublished");

        String list = mvc.perform(get("/editor").param("q", "first TITLE").param("status", "draft")
                .with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/editor/articles/" + id, "/editor/comments", "/editor/zones");
        String published = mvc.perform(get("/editor").param("q", "first TITLE").param("status", "published")
                .with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse().getContentAsString();
        assertThat(published).doesNotContain("/editor/articles/" + id + "\"");
    }

    @Test
    void aZoneRoleOpensTheArticleConsoleForThatZoneOnly() throws Exception {
        String email = "zone-reviewer-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
        long account = accounts.create(SignInIdentifier.parse(email).orElseThrow(), TestUsers.DEMO_PASSWORD,
                java.util.EnumSet.of(Role.READER));
        var reviewer = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(email));
        assertThat(mvc.perform(get("/editor").with(reviewer)).andReturn().getResponse().getStatus()).isEqualTo(403);

        long admin = jdbc.sql("select u.id from app_user u where u.email = 'admin@hcpress.test'").query(Long.class).single();
        grants.grant(admin, account, zone(), ZoneRole.MEDICAL_REVIEWER);
        long id = create("zone-role-" + UUID.randomUUID().toString().substring(0, 8), "Zone role title");
        assertThat(step(id, "submit")).isEqualTo(302);
        long otherZone = jdbc.sql("insert into zone (slug, name_zh, name_en, description_zh, description_en, position) "
                        + "values (?, '别的专区', 'Elsewhere', '', '', 98) returning id")
                .param("elsewhere-" + UUID.randomUUID().toString().substring(0, 8)).query(Long.class).single();
        // Written straight into the database: the kept zones hear of it through the change bus.
        await().atMost(Duration.ofSeconds(10)).until(() -> catalog.zone(otherZone).isPresent());
        long elsewhere = create("elsewhere-" + UUID.randomUUID().toString().substring(0, 8), "Another zone's title");
        jdbc.sql("update article set zone_id = ? where id = ?").params(otherZone, elsewhere).update();

        String list = mvc.perform(get("/editor").with(reviewer)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/editor/articles/" + id + "\"").doesNotContain("/editor/articles/" + elsewhere + "\"",
                "/editor/comments");
        assertThat(mvc.perform(get("/editor/articles/" + id).with(reviewer)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/editor/articles/" + elsewhere).with(reviewer)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/editor/comments").with(reviewer)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/editor/articles/" + id).with(csrf()).with(reviewer).param("version", "0")
                .param("title", "Not theirs to write")).andReturn().getResponse().getStatus())
                .as("a reviewer does not write").isEqualTo(403);
        assertThat(mvc.perform(post("/editor/articles/" + id + "/approve").with(csrf()).with(reviewer)
                .param("version", Long.toString(desk.article(id).orElseThrow().version()))
                .param("message", "Checked")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(desk.article(id).orElseThrow().workflowState()).isEqualTo(WorkflowState.APPROVED);
        assertThat(mvc.perform(post("/editor/articles/" + id + "/publish").with(csrf()).with(reviewer)
                .param("version", Long.toString(desk.article(id).orElseThrow().version())))
                .andReturn().getResponse().getStatus()).as("a reviewer does not publish").isEqualTo(403);
    }

    @Test
    void anInvalidFormStoresNothingAndSaysWhy() throws Exception {
        String slug = "Bad Slug";
        MockHttpServletResponse response = mvc.perform(post("/editor/articles").with(csrf()).with(TestUsers.asDemo(users, "editor"))
                .param("slug", slug).param("zoneId", Long.toString(zone())).param("title", "")
                .param("sourceLine", "HCPress").param("bodyMarkdown", "Text [1].")
                .param("refCitation", "Somebody A. Something. J Test. 2024;1(1):1-2.").param("refYear", "20x4")
                .param("refDoi", "not-a-doi").param("refPmid", "12ab")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("标题: 必填", "网址名: 只能使用小写字母",
                "参考文献 1 · 年", "参考文献 1 · DOI", "参考文献 1 · PMID");
        assertThat(jdbc.sql("select count(*) from article where title = ''").query(Long.class).single()).isZero();
    }

    @Test
    void theConsoleRefusesWhatWouldLoseOrMisplaceWork() throws Exception {
        long id = create("guards-" + UUID.randomUUID().toString().substring(0, 8), "Guarded title");
        EditableArticle created = desk.article(id).orElseThrow();

        MockHttpServletResponse letters = saveWithCover(id, created.version(), "abc");
        assertThat(letters.getStatus()).isEqualTo(400);
        assertThat(letters.getContentAsString()).contains("封面图片: 请填写图片编号");
        MockHttpServletResponse missing = saveWithCover(id, created.version(), "99999999");
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(missing.getContentAsString()).contains("图片 99999999 不存在，请从图片库重新选择");
        long otherZone = jdbc.sql("insert into zone (slug, name_zh, name_en, description_zh, description_en, position) "
                        + "values (?, '另一个专区', 'Another zone', '', '', 99) returning id")
                .param("other-" + UUID.randomUUID().toString().substring(0, 8)).query(Long.class).single();
        // Written straight into the database: the kept zones hear of it through the change bus.
        await().atMost(Duration.ofSeconds(10)).until(() -> catalog.zone(otherZone).isPresent());
        long foreignImage = jdbc.sql("insert into image (content_type, width, height, sha256, data, zone_id) "
                        + "select content_type, width, height, sha256, data, ? from image order by id limit 1 returning id")
                .param(otherZone).query(Long.class).single();
        MockHttpServletResponse foreign = saveWithCover(id, created.version(), Long.toString(foreignImage));
        assertThat(foreign.getStatus()).isEqualTo(422);
        assertThat(foreign.getContentAsString()).contains("图片 " + foreignImage + " 属于其他专区");
        assertThat(desk.article(id).orElseThrow().revision()).isEqualTo(1);

        assertThat(save(id, created.version(), "Guarded title").getStatus()).isEqualTo(302);
        EditableArticle saved = desk.article(id).orElseThrow();
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(save(id, saved.version(), "Guarded title").getStatus()).isEqualTo(302);
        assertThat(desk.article(id).orElseThrow().revision()).as("a save that changes nothing makes no revision").isEqualTo(2);

        MockHttpServletResponse uncited = mvc.perform(post("/editor/articles/" + id).with(csrf()).with(TestUsers.asDemo(users, "editor"))
                .param("version", Long.toString(desk.article(id).orElseThrow().version())).param("zoneId", Long.toString(zone()))
                .param("title", "Guarded title").param("sourceLine", "HCPress editors").param("publishedOn", "2026-01-23")
                .param("bodyMarkdown", "Only one reference [1], yet [15] is cited.")
                .param("refCitation", "Song S. Hepatic arterial infusion chemotherapy. World J Gastroenterol. 2013;19(29):4679."))
                .andReturn().getResponse();
        assertThat(uncited.getStatus()).isEqualTo(302);
        assertThat(page("/editor/articles/" + id)).contains("正文中的引用 [15] 没有对应的参考文献");
        MockHttpServletResponse submit = mvc.perform(post("/editor/articles/" + id + "/submit")
                .param("version", Long.toString(desk.article(id).orElseThrow().version()))
                .with(csrf()).with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse();
        assertThat(submit.getStatus()).isEqualTo(422);
        assertThat(submit.getContentAsString()).contains("正文引用了参考文献列表中没有的编号 [15]");
        assertThat(desk.article(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void thePreviewIsTheReadersRenderingWithWarnings() throws Exception {
        String html = mvc.perform(post("/editor/articles/preview").with(csrf()).with(TestUsers.asDemo(users, "editor"))
                        .header("HX-Request", "true")
                        .param("bodyMarkdown", "TACE [1] and HAIC [1,2], not [9]. <script>alert(1)</script>")
                        .param("refCitation", "One A. First. J A. 2020;1:1.", "Two B. Second. J B. 2021;2:2."))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<sup id=\"cite-1\" class=\"cite\">[<a href=\"#ref-1\">1</a>]</sup>", "href=\"#ref-2\"",
                "[9]", "id=\"ref-2\"").doesNotContain("<script>");
        assertThat(html).contains("render-warnings");
    }

    @Test
    void aPastedLineComesBackAsAFilledReferenceRow() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/editor/articles/references/parse").with(csrf())
                .with(TestUsers.asDemo(users, "editor")).header("HX-Request", "true")
                .param("line", "[7] FAN W, ZHU B, CHEN S, et al. Survival in patients with recurrent intermediate-stage "
                        + "hepatocellular carcinoma: sorafenib plus TACE vs TACE alone randomized clinical trial[J]. "
                        + "JAMA Oncol, 2024, 10(8):1047-1054.")).andReturn().getResponse();
        assertThat(response.getHeader("HX-Trigger-After-Swap")).isEqualTo("references-changed");
        assertThat(response.getContentAsString()).contains("value=\"Fan W; Zhu B; Chen S\"", "value=\"JAMA Oncol\"",
                "value=\"2024\"", "value=\"1047-1054\"");
    }

    @Test
    void imagesAreCheckedByTheirBytesAndStoredInTheZone() throws Exception {
        MockHttpServletResponse good = upload(png(40, 30), "photo.png");
        assertThat(good.getStatus()).isEqualTo(200);
        assertThat(good.getContentAsString()).contains("![Test pattern](/images/");

        MockHttpServletResponse text = upload("<html><script>alert(1)</script></html>".getBytes(), "innocent.png");
        assertThat(text.getStatus()).isEqualTo(422);
        assertThat(text.getContentAsString()).contains("只接受 PNG 或 JPEG");

        byte[] polyglot = png(10, 10);
        byte[] withMarkup = new byte[polyglot.length + 20];
        System.arraycopy(polyglot, 0, withMarkup, 0, polyglot.length);
        System.arraycopy("<script>x</script>".getBytes(), 0, withMarkup, polyglot.length, 18);
        assertThat(upload(withMarkup, "polyglot.png").getStatus()).isEqualTo(422);

        byte[] truncated = new byte[good.getContentAsString().isEmpty() ? 0 : 60];
        System.arraycopy(png(400, 400), 0, truncated, 0, truncated.length);
        assertThat(upload(truncated, "cut.png").getStatus()).isEqualTo(422);

        assertThat(upload(new byte[6 * 1024 * 1024], "big.png").getContentAsString()).contains("不能超过 5 MB");
    }

    private MockHttpServletResponse upload(byte[] bytes, String name) throws Exception {
        return mvc.perform(multipart("/editor/articles/images").file(new MockMultipartFile("image", name, "image/png", bytes))
                .param("zoneId", Long.toString(zone())).param("alt", "Test pattern").with(csrf()).with(TestUsers.asDemo(users, "editor"))
                .header("HX-Request", "true")).andReturn().getResponse();
    }

    @Test
    void aRevisionShowsWhatItChangedAgainstTheOneBefore() throws Exception {
        long id = create("changes-" + UUID.randomUUID().toString().substring(0, 8), "First <b>title</b>");
        assertThat(save(id, desk.article(id).orElseThrow().version(), "Second <b>title</b>").getStatus()).isEqualTo(302);

        String changes = page("/editor/articles/" + id + "/revisions/2/changes");
        assertThat(changes).contains("第 1 版 → 第 2 版");
        assertThat(changes).contains("<del>First</del>", "<ins>Second</ins>", "&lt;b&gt;title&lt;/b&gt;")
                .doesNotContain("<b>title</b>");
        assertThat(changes).contains("<del>Chemoembolisation came first </del>[1]", "<ins>Revised: chemoembolisation</ins> [1]");
        assertThat(changes).contains("[1] 题名: Hepatic arterial infusion chemotherapy");
        assertThat(changes).contains("<h2>署名</h2>", "医学审校: Reviewer");
        assertThat(changes).contains("<h2>专区、类型与出处</h2>");

        assertThat(page("/editor/articles/" + id + "/revisions/1/changes")).contains("首个版本");
        assertThat(mvc.perform(get("/editor/articles/" + id + "/revisions/9/changes").with(TestUsers.asDemo(users, "editor")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(page("/editor/articles/" + id + "/revisions")).contains("/revisions/2/changes");
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** A workflow step as the demo editor (who is also the demo zone's medical reviewer); answers the status. */
    private int step(long id, String step) throws Exception {
        return mvc.perform(post("/editor/articles/" + id + "/" + step)
                .param("version", Long.toString(desk.article(id).orElseThrow().version()))
                .with(csrf()).with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse().getStatus();
    }

    private long create(String slug, String title) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/editor/articles").with(csrf()).with(TestUsers.asDemo(users, "editor"))
                .param("slug", slug).param("zoneId", Long.toString(zone())).param("title", title)
                .param("sourceLine", "HCPress editors").param("publishedOn", "2026-01-23").param("kind", "original")
                .param("bodyMarkdown", "Chemoembolisation came first [1]; combinations followed [1,2].")
                .param("refCitation", "Song S. Hepatic arterial infusion chemotherapy in hepatocellular carcinoma with "
                        + "portal vein tumor thrombosis [J]. World Journal of Gastroenterology, 2013, 19(29): 4679.",
                        "10.1016/S0140-6736(24)02575-3")
                .param("refAuthors", "Song S", "").param("refEtAl", "false", "false")
                // The second is more than an identifier: one with a DOI alone may not be published.
                .param("refTitle", "Hepatic arterial infusion chemotherapy", "").param("refJournal", "World J Gastroenterol", "Lancet")
                .param("refYear", "2013", "2024").param("refVolume", "19", "").param("refIssue", "29", "")
                .param("refPages", "4679", "").param("refDoi", "", "10.1016/S0140-6736(24)02575-3").param("refPmid", "", "")
                .param("reviewerCredit", "Reviewer").param("editorCredit", "Editor")).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        String location = response.getRedirectedUrl();
        return Long.parseLong(location.replaceAll("^/editor/articles/(\\d+).*$", "$1"));
    }

    private MockHttpServletResponse save(long id, long version, String title) throws Exception {
        EditableArticle current = desk.article(id).orElseThrow();
        return mvc.perform(post("/editor/articles/" + id).with(csrf()).with(TestUsers.asDemo(users, "editor"))
                .param("version", Long.toString(version)).param("zoneId", Long.toString(current.zoneId()))
                .param("title", title).param("sourceLine", "HCPress editors").param("publishedOn", "2026-01-23")
                .param("bodyMarkdown", "Revised: chemoembolisation [1], combinations [2].")
                .param("refCitation", "Song S. Hepatic arterial infusion chemotherapy. World J Gastroenterol. 2013;19(29):4679.",
                        "10.1016/S0140-6736(24)02575-3")
                .param("refJournal", "World J Gastroenterol", "Lancet")
                .param("refDoi", "", "10.1016/S0140-6736(24)02575-3")).andReturn().getResponse();
    }

    private MockHttpServletResponse saveWithCover(long id, long version, String cover) throws Exception {
        return mvc.perform(post("/editor/articles/" + id).with(csrf()).with(TestUsers.asDemo(users, "editor"))
                .param("version", Long.toString(version)).param("zoneId", Long.toString(zone()))
                .param("title", "Guarded title").param("sourceLine", "HCPress editors").param("publishedOn", "2026-01-23")
                .param("coverImageId", cover).param("bodyMarkdown", "Revised: chemoembolisation [1], combinations [2].")
                .param("refCitation", "Song S. Hepatic arterial infusion chemotherapy. World J Gastroenterol. 2013;19(29):4679.",
                        "10.1016/S0140-6736(24)02575-3")
                .param("refDoi", "", "10.1016/S0140-6736(24)02575-3")).andReturn().getResponse();
    }

    private long zone() {
        return catalog.zone("liver-intervention").orElseThrow().id();
    }

    private static byte[] png(int width, int height) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < width; x++) {
                image.setRGB(x, x % height, 0x3366aa + x);
            }
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }
}
