package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.hcpress.content.ArticleStatus;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.IncompleteReferencesException;
import com.hcpress.content.EditableArticle;
import com.hcpress.content.EditorCatalog;
import com.hcpress.content.PastedReferenceKindsTest;
import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceLineParser;
import com.hcpress.content.ReferenceType;
import com.hcpress.support.TestUsers;
import com.hcpress.support.HcpressIntegrationTest;

/**
 * The editor with references of every kind, on the real database: stored field by field, kept in
 * the revision, refused for publishing while one is only an identifier, formatted in the preview
 * as the article shows them, reordered with the body's citations, and the lookup switched off.
 */
@HcpressIntegrationTest
class TypedReferencesEditorTest {

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
    ContentEditor contentEditor;

    @Test
    void everyKindIsStoredFieldByFieldAndKeptInTheRevision() throws Exception {
        List<ReferenceData> pasted = pasted();
        long id = create("typed-refs-" + suffix(), pasted);
        EditableArticle article = desk.article(id).orElseThrow();
        List<ReferenceData> stored = article.draft().references();
        assertThat(stored).hasSize(22);
        ReferenceData book = stored.get(7);
        assertThat(book.type()).isEqualTo(ReferenceType.BOOK);
        assertThat(book.publisher()).isEqualTo("人民卫生出版社");
        assertThat(book.place()).isEqualTo("北京");
        assertThat(book.journal()).isNull();
        ReferenceData web = stored.get(10);
        assertThat(web.type()).isEqualTo(ReferenceType.WEB);
        assertThat(web.online()).isTrue();
        assertThat(web.url()).isEqualTo("http://www.nhc.gov.cn/yzygj/s7659/202404/guide.shtml");
        assertThat(web.issuedOn()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(web.accessedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(stored.get(18).docNumber()).isEqualTo("GB/T 7714—2015");
        assertThat(stored.get(3).authors()).contains("PACIFIC Investigators");
        assertThat(stored.get(3).journal()).isEqualTo("N Engl J Med");

        String kept = jdbc.sql("""
                select rr.doc_type || '|' || coalesce(rr.publisher, '') || '|' || coalesce(rr.url, '') || '|'
                       || coalesce(rr.accessed_on::text, '')
                from article_revision_reference rr join article_revision r on r.id = rr.revision_id
                where r.article_id = ? and rr.number = 11""").param(id).query(String.class).single();
        assertThat(kept).isEqualTo("EB||http://www.nhc.gov.cn/yzygj/s7659/202404/guide.shtml|2025-03-01");
    }

    @Test
    void identifierOnlyReferencesAreFlaggedAndBlockPublishingUntilCompleted() throws Exception {
        List<ReferenceData> pasted = pasted();
        long id = create("typed-refs-" + suffix(), pasted);
        String form = page("/editor/articles/" + id, "zh-CN");
        assertThat(form).contains("只有标识符，请补全题名、作者和出处");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> contentEditor.publish(id))
                .isInstanceOf(IncompleteReferencesException.class)
                .satisfies(e -> assertThat(((IncompleteReferencesException) e).numbers()).containsExactly(13, 14, 15));
        assertThat(desk.article(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);

        List<ReferenceData> completed = new ArrayList<>(pasted);
        completed.set(12, ReferenceLineParser.parse(PastedReferenceKindsTest.LINES.get(2)));
        completed.set(13, ReferenceLineParser.parse("Kudo M, Ren Z, Guo Y, et al. Transarterial chemoembolisation "
                + "combined with lenvatinib plus pembrolizumab (LEAP-012). Lancet. 2025;405(10474):203-215. "
                + "doi: 10.1016/S0140-6736(24)02575-3."));
        completed.set(14, ReferenceLineParser.parse(PastedReferenceKindsTest.LINES.get(2)));
        assertThat(save(id, completed).getStatus()).isEqualTo(302);
        contentEditor.publish(id);

        String slug = desk.article(id).orElseThrow().slug();
        String reader = mvc.perform(get("/articles/" + slug).with(TestUsers.asDemo(users, "editor")))
                .andReturn().getResponse().getContentAsString();
        assertThat(reader).contains("中华医学会肝病学分会. 肝硬化诊治指南[M]. 北京: 人民卫生出版社, 2019: 12-20.",
                "原发性肝癌诊疗指南(2024年版)[EB/OL]. (2024-04-10)[2025-03-01]. http://www.nhc.gov.cn/",
                "张文. 肝癌早筛走进社区[N]. 健康报, 2024-05-20(5).",
                "ANTONIA S J, VILLEGAS A, DANIEL D, et al.").doesNotContain("[J/OL]. DOI:");
    }

    @Test
    void thePreviewFormatsReferencesAsTheArticleDoesInTheReadersLanguage() throws Exception {
        List<ReferenceData> pasted = pasted().subList(7, 15);
        String chinese = preview(pasted, "zh-CN");
        assertThat(chinese).contains("中华医学会肝病学分会. 肝硬化诊治指南[M]. 北京: 人民卫生出版社, 2019: 12-20.",
                "参考文献按 GB/T 7714 格式显示", "第 6 条参考文献只有标识符（DOI 10.1056/NEJMoa1915745）",
                "第 8 条参考文献只有标识符（PMID 32402160）");
        String english = preview(pasted, "en");
        assertThat(english).contains("Geneva: EASL; 2025.", "References are shown in Vancouver",
                "Reference 6 is only an identifier (DOI 10.1056/NEJMoa1915745)");
    }

    @Test
    void reorderingRenumbersTheBodysCitations() throws Exception {
        MockHttpServletResponse renumbered = mvc.perform(post("/editor/articles/references/renumber").with(csrf())
                .with(TestUsers.asDemo(users, "editor")).param("order", "3,1,2,4")
                .param("bodyMarkdown", "TACE [1], HAIC [2,3] and all [1-4]; `code [1]` stays, as does [link](https://x.org/[2]).")).andReturn().getResponse();
        assertThat(renumbered.getStatus()).isEqualTo(200);
        assertThat(renumbered.getContentAsString())
                .isEqualTo("TACE [2], HAIC [1,3] and all [1-4]; `code [1]` stays, as does [link](https://x.org/[2]).");

        for (String bad : List.of("1,1,2", "0,1", "1,3", "a,b", "")) {
            int status = mvc.perform(post("/editor/articles/references/renumber").with(csrf())
                    .with(TestUsers.asDemo(users, "editor")).param("order", bad).param("bodyMarkdown", "x [1]"))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(bad).isEqualTo(400);
        }
    }

    @Test
    void removingAReferenceClosesUpTheNumbersAndNamesTheOneStillCited() throws Exception {
        MockHttpServletResponse closed = mvc.perform(post("/editor/articles/references/renumber").with(csrf())
                .with(TestUsers.asDemo(users, "editor")).param("order", "1,3,4").param("removed", "2")
                .param("bodyMarkdown", "A [1], C [3], D [4], all [1,3,4].")).andReturn().getResponse();
        assertThat(closed.getStatus()).isEqualTo(200);
        assertThat(closed.getContentAsString()).isEqualTo("A [1], C [2], D [3], all [1-3].");
        assertThat(closed.getHeader("X-Cited-Removed")).isNull();

        MockHttpServletResponse cited = mvc.perform(post("/editor/articles/references/renumber").with(csrf())
                .with(TestUsers.asDemo(users, "editor")).param("order", "1,3").param("removed", "2")
                .param("bodyMarkdown", "A [1], B [2], C [3].")).andReturn().getResponse();
        assertThat(cited.getContentAsString()).as("the removed one's marker points past the list")
                .isEqualTo("A [1], B [3], C [2].");
        assertThat(cited.getHeader("X-Cited-Removed")).isEqualTo("2");
        assertThat(mvc.perform(post("/editor/articles/references/renumber").with(csrf())
                .with(TestUsers.asDemo(users, "editor")).param("order", "").param("removed", "1")
                .param("bodyMarkdown", "Only [1].")).andReturn().getResponse().getHeader("X-Cited-Removed")).isEqualTo("1");

        for (String[] bad : List.of(new String[] {"1,2", "2"}, new String[] {"1,4", "2"}, new String[] {"1", "x"},
                new String[] {"2", "0"})) {
            int status = mvc.perform(post("/editor/articles/references/renumber").with(csrf())
                    .with(TestUsers.asDemo(users, "editor")).param("order", bad[0]).param("removed", bad[1])
                    .param("bodyMarkdown", "x [1]")).andReturn().getResponse().getStatus();
            assertThat(status).as(bad[0] + " without " + bad[1]).isEqualTo(400);
        }
    }

    @Test
    void theLookupIsSwitchedOffByDefaultAndSaysSo() throws Exception {
        String row = mvc.perform(post("/editor/articles/references/lookup").with(csrf()).with(TestUsers.asDemo(users, "editor"))
                        .header("Accept-Language", "zh-CN").param("refCitation", "10.1056/NEJMoa1915745")
                        .param("refDoi", "10.1056/NEJMoa1915745"))
                .andReturn().getResponse().getContentAsString();
        assertThat(row).contains("未开启在线查询", "value=\"10.1056/NEJMoa1915745\"").doesNotContain("data-lookup-reference");
    }

    @Test
    void badTypedFieldsAreRefusedWithAMessageAndNothingStored() throws Exception {
        long id = create("typed-refs-" + suffix(), pasted().subList(0, 2));
        long before = desk.article(id).orElseThrow().version();
        MockHttpServletResponse response = mvc.perform(form(post("/editor/articles/" + id), pasted().subList(0, 2),
                        row -> row == 0 ? new String[] {"EB", "javascript:alert(1)", "2031-01-01"} : null)
                        .header("Accept-Language", "zh-CN").param("version", Long.toString(before)).param("zoneId", Long.toString(zone())))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("网址应以 http:// 或 https:// 开头", "引用日期应是");
        assertThat(desk.article(id).orElseThrow().version()).isEqualTo(before);

        MockHttpServletResponse unknownType = mvc.perform(form(post("/editor/articles/" + id), pasted().subList(0, 2),
                        row -> row == 0 ? new String[] {"XX", "", ""} : null)
                        .header("Accept-Language", "zh-CN").param("version", Long.toString(before)).param("zoneId", Long.toString(zone())))
                .andReturn().getResponse();
        assertThat(unknownType.getStatus()).isEqualTo(400);
        assertThat(unknownType.getContentAsString()).contains("请选择文献类型");
    }

    private static List<ReferenceData> pasted() {
        return PastedReferenceKindsTest.LINES.stream().map(ReferenceLineParser::parse).toList();
    }

    private String preview(List<ReferenceData> references, String language) throws Exception {
        return mvc.perform(form(post("/editor/articles/preview"), references, row -> null)
                        .header("Accept-Language", language).header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString();
    }

    private long create(String slug, List<ReferenceData> references) throws Exception {
        MockHttpServletResponse response = mvc.perform(form(post("/editor/articles"), references, row -> null)
                .header("Accept-Language", "zh-CN").param("slug", slug).param("zoneId", Long.toString(zone())))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return Long.parseLong(response.getRedirectedUrl().replaceAll("^/editor/articles/(\\d+).*$", "$1"));
    }

    private MockHttpServletResponse save(long id, List<ReferenceData> references) throws Exception {
        return mvc.perform(form(post("/editor/articles/" + id), references, row -> null).header("Accept-Language", "zh-CN")
                .param("version", Long.toString(desk.article(id).orElseThrow().version()))
                .param("zoneId", Long.toString(zone()))).andReturn().getResponse();
    }

    private MockHttpServletResponse publish(long id) throws Exception {
        return mvc.perform(post("/editor/articles/" + id + "/publish").header("Accept-Language", "zh-CN")
                .param("version", Long.toString(desk.article(id).orElseThrow().version()))
                .with(csrf()).with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse();
    }

    /** The form as the page posts it; {@code override} gives a row's type, URL and access date instead. */
    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, List<ReferenceData> references,
                                               Function<Integer, String[]> override) {
        request.with(csrf()).with(TestUsers.asDemo(users, "editor"))
                .param("title", "Typed references").param("sourceLine", "HCPress editors")
                .param("publishedOn", "2026-01-23").param("kind", "original")
                .param("bodyMarkdown", "Every kind [1-" + references.size() + "].");
        for (int i = 0; i < references.size(); i++) {
            ReferenceData ref = references.get(i);
            String[] changed = override.apply(i);
            request.param("refCitation", ref.citation()).param("refAuthors", String.join("; ", ref.authors()))
                    .param("refEtAl", Boolean.toString(ref.etAl())).param("refTitle", text(ref.title()))
                    .param("refJournal", text(ref.journal())).param("refYear", ref.year() == null ? "" : ref.year().toString())
                    .param("refVolume", text(ref.volume())).param("refIssue", text(ref.issue()))
                    .param("refPages", text(ref.pages())).param("refDoi", text(ref.doi())).param("refPmid", text(ref.pmid()))
                    .param("refType", changed == null ? ref.type().code() : changed[0])
                    .param("refOnline", Boolean.toString(ref.online())).param("refPublisher", text(ref.publisher()))
                    .param("refPlace", text(ref.place())).param("refUrl", changed == null ? text(ref.url()) : changed[1])
                    .param("refIssuedOn", ref.issuedOn() == null ? "" : ref.issuedOn().toString())
                    .param("refAccessedOn", changed == null ? (ref.accessedOn() == null ? "" : ref.accessedOn().toString()) : changed[2])
                    .param("refDocNumber", text(ref.docNumber()));
        }
        return request;
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language).with(TestUsers.asDemo(users, "editor")))
                .andReturn().getResponse().getContentAsString();
    }

    private long zone() {
        return catalog.zone("liver-intervention").orElseThrow().id();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
