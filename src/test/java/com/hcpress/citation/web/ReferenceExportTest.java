package com.hcpress.citation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

@HcpressIntegrationTest
class ReferenceExportTest {

    private static final String ARTICLE = "/articles/tace-haic-2025-review";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aReaderDownloadsTheWholeListAsRisAndBibtex() throws Exception {
        MockHttpServletResponse ris = as("reader", ARTICLE + "/references.ris");
        assertThat(ris.getStatus()).isEqualTo(200);
        assertThat(ris.getContentType()).isEqualTo("application/x-research-info-systems;charset=UTF-8");
        assertThat(ris.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"tace-haic-2025-review-references.ris\"");
        String risText = ris.getContentAsString(StandardCharsets.UTF_8);
        assertThat(risText.split("TY  - JOUR", -1)).hasSize(20);
        assertThat(risText).contains("AU  - 国家卫生健康委员会", "DO  - 10.1016/S0140-6736(24)02575-3", "AN  - 39798578");

        MockHttpServletResponse bib = as("reader", ARTICLE + "/references.bib");
        assertThat(bib.getContentType()).isEqualTo("application/x-bibtex;charset=UTF-8");
        assertThat(bib.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"tace-haic-2025-review-references.bib\"");
        String bibText = bib.getContentAsString(StandardCharsets.UTF_8);
        assertThat(bibText.split("@article\\{", -1)).hasSize(20);
        assertThat(bibText).contains("@article{tace-haic-2025-review-6,", "pmid = {39798578}");
    }

    @Test
    void oneReferenceAlone() throws Exception {
        MockHttpServletResponse ris = as("reader", ARTICLE + "/references/8.ris");
        assertThat(ris.getStatus()).isEqualTo(200);
        assertThat(ris.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"tace-haic-2025-review-reference-8.ris\"");
        assertThat(ris.getContentAsString(StandardCharsets.UTF_8)).startsWith("TY  - JOUR\r\nID  - ref8\r\n")
                .contains("TI  - 原发性肝癌诊疗指南(2024年版)").containsOnlyOnce("ER  - ");

        MockHttpServletResponse bib = as("editor", ARTICLE + "/references/6.bib");
        assertThat(bib.getContentAsString(StandardCharsets.UTF_8)).containsOnlyOnce("@article")
                .contains("doi = {10.1016/S0140-6736(24)02575-3}");

        assertThat(as("reader", ARTICLE + "/references/20.ris").getStatus()).isEqualTo(404);
        assertThat(as("reader", ARTICLE + "/references/x.bib").getStatus()).isEqualTo(404);
        assertThat(as("reader", "/articles/no-such-article/references.ris").getStatus()).isEqualTo(404);
    }

    @Test
    void whoeverMayNotReadTheArticleGetsTheGateAndNoReference() throws Exception {
        for (String actor : new String[] {"anonymous", "newcomer", "pending", "rejected", "reviewer"}) {
            for (String path : new String[] {"/references.ris", "/references.bib", "/references/1.ris", "/references/1.bib"}) {
                MockHttpServletResponse response = as(actor, ARTICLE + path);
                assertThat(response.getStatus()).as(actor + path).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).startsWith("/gate/liver-intervention?next=");
                assertThat(response.getContentAsString()).isEmpty();
            }
        }
    }

    @Test
    void theArticlePageShowsGbt7714ToChineseReadersAndVancouverOnRequest() throws Exception {
        String chinese = as("reader", ARTICLE).getContentAsString(StandardCharsets.UTF_8);
        assertThat(chinese).contains("BRAY F, LAVERSANNE M, SUNG H, et al. Global cancer statistics 2022")
                .contains("href=\"/articles/tace-haic-2025-review/references.ris\"")
                .contains("href=\"/articles/tace-haic-2025-review/references/19.bib\"");

        String vancouver = as("reader", ARTICLE + "?refstyle=vancouver").getContentAsString(StandardCharsets.UTF_8);
        assertThat(vancouver).contains("Lancet 2025;405:203–15.").doesNotContain("SUNG H, et al.");

        String english = as("reader", ARTICLE + "?lang=en").getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Bray F, Laversanne M, Sung H, et al.");

        String unknownStyle = as("reader", ARTICLE + "?refstyle=apa").getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknownStyle).contains("SUNG H, et al.");
    }

    private MockHttpServletResponse as(String actor, String path) throws Exception {
        var request = get(path);
        if (!actor.equals("anonymous")) {
            request.with(TestUsers.asDemo(users, actor));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
