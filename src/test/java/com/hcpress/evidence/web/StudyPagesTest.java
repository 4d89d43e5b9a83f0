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

import com.hcpress.evidence.EvidenceCatalog;
import com.hcpress.evidence.Outcome;
import com.hcpress.evidence.QualityNote;
import com.hcpress.evidence.Study;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

@HcpressIntegrationTest
class StudyPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    EvidenceCatalog catalog;

    /** The tools and studies are behind the zone's gate: a reader who passed it asks. */
    @BeforeEach
    void asPassedReader() {
        mvc = TestUsers.mockMvcAsDemo(context, users, "reader");
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
        assertThat(page("/articles/albi-child-pugh-primer", "zh-CN")).doesNotContain("id=\"evidence\"", "class=\"fp-row\"");
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
    void inChineseEveryNoteIsChineseAndNoAddressIsShownAsText() throws Exception {
        for (String id : catalog.studyIds(null, 100)) {
            Study study = catalog.study(id).orElseThrow();
            String zh = page("/studies/" + id, "zh-CN");
            String en = page("/studies/" + id, "en");
            for (QualityNote note : study.notes()) {
                assertThat(zh).as(id).contains(escape(note.textZh())).doesNotContain(escape(note.text()));
                assertThat(en).as(id).contains(escape(note.text()));
            }
            for (Outcome outcome : study.outcomes()) {
                assertThat(zh).as(id).contains(escape(outcome.endpointZh()));
                if (outcome.note() != null) {
                    assertThat(zh).as(id).contains(escape(outcome.noteZh())).doesNotContain(escape(outcome.note()));
                }
            }
            for (String html : new String[] {zh, en}) {
                String text = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]*>", " ");
                assertThat(text).as(id).doesNotContainPattern("https?://").doesNotContainPattern("\\b\\d{1,3}(\\.\\d{1,3}){3}\\b");
            }
        }
    }

    @Test
    void sourcesAreLabelledLinks() throws Exception {
        String zh = page("/studies/E_EMERALD1", "zh-CN");
        assertThat(zh).contains(">PubMed 39798579</a>", ">新闻报道 · CancerNetwork（ASCO GI 2024 LBA432）</a>",
                "href=\"https://pubmed.ncbi.nlm.nih.gov/39798579/\"", "来源：本文", "p 0.032 (界值 0.0434)",
                "p 无统计学意义").doesNotContain("threshold", "not significant");
        String talentace = page("/studies/E_TALENTACE", "en");
        assertThat(talentace).contains("News report · MIMS (ESMO GI 2025 LBA2)", "Conference abstract · ASCO (ASCO GI TPS487)",
                "Chugai press release: n=342");
    }

    @Test
    void theJsonCarriesBothWordingsAndLabelledSources() throws Exception {
        mvc.perform(get("/api/v1/studies/E_EMERALD1").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notes[1].textZh").value("CR 3.0% + PR 40.6% = 43.6%，与 ORR 相符，数据自洽。"))
                .andExpect(jsonPath("$.outcomes[0].endpointZh").value("PFS（中位，BICR，mRECIST）"))
                .andExpect(jsonPath("$.outcomes[1].sourceLinks[0].kind").value("NEWS_REPORT"))
                .andExpect(jsonPath("$.outcomes[1].sourceLinks[0].label.zh").value("新闻报道 · CancerNetwork（ASCO GI 2024 LBA432）"))
                .andExpect(jsonPath("$.sourceLinks[0].label.en").value("PubMed 39798579"));
    }

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
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
