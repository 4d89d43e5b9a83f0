package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.content.EditableArticle;
import com.hcpress.content.EditorCatalog;
import com.hcpress.content.docx.WordFiles;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

@HcpressIntegrationTest
class WordImportTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EditorCatalog desk;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWordManuscriptBecomesADraftWithItsReferencesAndPicturesInTheZone() throws Exception {
        MockHttpServletResponse response = upload(new MockMultipartFile("file", "稿件.docx", DOCX, WordFiles.manuscript()),
                "liver-intervention");
        assertThat(response.getStatus()).isEqualTo(302);
        long id = Long.parseLong(response.getRedirectedUrl().replaceAll("^/editor/articles/(\\d+)$", "$1"));
        EditableArticle draft = desk.article(id).orElseThrow();
        assertThat(draft.draft().title()).isEqualTo("HAIC 治疗巨块型肝癌的病房要点");
        assertThat(draft.draft().references()).hasSize(2);
        assertThat(draft.draft().bodyMarkdown()).contains("## 适应证", "TACE[1]", "血小板[2]", "| FOLFOX | 每 3 周 |")
                .containsPattern("!\\[]\\(/images/\\d+\\)");
        long imageId = Long.parseLong(draft.draft().bodyMarkdown().replaceAll("(?s).*!\\[]\\(/images/(\\d+)\\).*", "$1"));
        assertThat(jdbc.sql("select z.slug from image i join zone z on z.id = i.zone_id where i.id = ?").param(imageId)
                .query(String.class).single()).isEqualTo("liver-intervention");
        assertThat(draft.renderWarnings()).isEmpty();
    }

    @Test
    void whatIsNoWordFileOrNamesNoZoneIsRefusedAndNothingStored() throws Exception {
        long before = jdbc.sql("select count(*) from article").query(Long.class).single();
        MockHttpServletResponse text = upload(new MockMultipartFile("file", "a.docx", DOCX,
                "plain text".getBytes(StandardCharsets.UTF_8)), "liver-intervention");
        assertThat(text.getStatus()).isEqualTo(422);
        assertThat(text.getContentAsString()).contains("无法读取这个文件");
        MockHttpServletResponse noZone = upload(new MockMultipartFile("file", "a.docx", DOCX, WordFiles.manuscript()),
                "no-such-zone");
        assertThat(noZone.getStatus()).isEqualTo(400);
        assertThat(noZone.getContentAsString()).contains("请选择一个专区");
        MockHttpServletResponse noFile = upload(new MockMultipartFile("other", "a.txt", "text/plain", new byte[] {1}),
                "liver-intervention");
        assertThat(noFile.getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(before);
    }

    private MockHttpServletResponse upload(MockMultipartFile file, String zone) throws Exception {
        return mvc.perform(multipart("/editor/import").file(file).param("zone", zone).with(csrf())
                .with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse();
    }
}
