package com.hcpress.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.DemoUsers;

@HcpressIntegrationTest
class StudyPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;

    /** The tools and studies are behind the zone's gate: a reader who passed it asks. */
    @BeforeEach
    void asPassedReader() {
        mvc = DemoUsers.mockMvcAs(context, users, "reader");
    }

    @Test
    void theArticleShowsItsEvidenceAfterTheReferences() throws Exception {
        String html = page("/articles/tace-haic-2025-review", "zh-CN");

        assertThat(html.indexOf("id=\"evidence\"")).isGreaterThan(html.indexOf("id=\"references-heading\""));
        assertThat(html).contains("研究一览", "风险比森林图", "href=\"/studies/E_EMERALD1\"",
                "href=\"/studies/E_LI2022_HAIC_vs_TACE\"", "<svg");
        assertThat(count(html, "class=\"fp-row\"")).isEqualTo(10);
        assertThat(count(html, "<tr id=\"evidence-")).isEqualTo(11);
        assertThat(html).doesNotContain("??", " style=\"");
    }

    @Test
    void anArticleCitingNoStudiesHasNoEvidenceSection() throws Exception {
        assertThat(page("/articles/albi-child-pugh-primer", "zh-CN")).doesNotContain("id=\"evidence\"", "<svg");
    }

    @Test
    void aStudyHasAPageOfItsOwnWithItsNotesAndWhereItIsCited() throws Exception {
        String html = page("/studies/E_LEAP012", "en");

        assertThat(html).contains("<h1>LEAP-012</h1>", "Phase 3", "randomised", "n = 480",
                "https://clinicaltrials.gov/study/NCT04246177", "https://doi.org/10.1016/S0140-6736%2824%2902575-3",
                "TACE+L+P", "16.6", "14.6", "0.66", "0.51–0.84", "id=\"notes\"", "131 Chinese patients",
                "href=\"/articles/tace-haic-2025-review#ref-6\"", "<svg");
        assertThat(html).doesNotContain("??", "style=");
    }

    @Test
    void everyCitedStudyPageRendersInBothLanguages() throws Exception {
        for (String id : new String[] {"E_EMERALD1", "E_TALENTACE", "E_FAN2024", "E_LI2022_HAIC_vs_TACE", "E_SONG2013",
                "E_YUAN2023", "E_CHEN_PHASE2_HAIC_PD1", "E_CHANCE2203", "E_TENG_APASL2024_HAIC_GEMOX_LEN_DURVA",
                "E_ZHAO2024_HAIC_LEN_DURVA_ICC", "E_YANG2023_HAIC_vs_SC_ICC"}) {
            assertThat(page("/studies/" + id, "zh-CN")).doesNotContain("??");
            assertThat(page("/studies/" + id, "en")).doesNotContain("??");
        }
    }

    @Test
    void anUnknownStudyIsNotFound() throws Exception {
        mvc.perform(get("/studies/E_NOPE")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/studies/E_NOPE").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aStudyIsAvailableAsJson() throws Exception {
        mvc.perform(get("/api/v1/studies/E_EMERALD1").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shortName").value("EMERALD-1"))
                .andExpect(jsonPath("$.design.n").value(616))
                .andExpect(jsonPath("$.outcomes[0].values[0].number").value(15.0))
                .andExpect(jsonPath("$.outcomes[1].ci95.lower").value(0.61))
                .andExpect(jsonPath("$.citations[0].referenceNumber").value(4));
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static int count(String html, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
