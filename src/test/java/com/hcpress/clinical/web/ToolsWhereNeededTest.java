package com.hcpress.clinical.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/** The clinical tools are linked where a reader needs them, and their units start in the reader's language. */
@HcpressIntegrationTest
class ToolsWhereNeededTest {

    private static final String SELECTED_UMOL = "value=\"umol/L\" selected";
    private static final String SELECTED_G_L = "value=\"g/L\" selected";
    private static final String SELECTED_MG_DL = "value=\"mg/dL\" selected";
    private static final String SELECTED_G_DL = "value=\"g/dL\" selected";

    @Autowired
    MockMvc mvc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void asPassedReader() {
        mvc = TestUsers.mockMvcAsDemo(context, users, "reader");
    }

    @Test
    void theHeaderMenuLinksTheTools() throws Exception {
        assertThat(page("/", "zh-CN", null)).contains("class=\"nav-clinical\" href=\"/clinical\">临床工具</a>");
        assertThat(page("/", "en", null)).contains("href=\"/clinical\">Clinical tools</a>");
    }

    @Test
    void theToolsZoneAndEachOfItsArticlesHaveTheToolsBox() throws Exception {
        String zone = page("/zones/liver-intervention", "zh-CN", null);
        assertThat(zone).contains("id=\"clinical-tools\"", "href=\"/clinical/child-pugh\"", "href=\"/clinical/selector\"",
                "全部临床工具");

        String review = page("/articles/tace-haic-2025-review", "zh-CN", null);
        assertThat(review).contains("id=\"clinical-tools\"", "临床工具", "href=\"/clinical/albi\"", "href=\"/clinical/staging\"");
        assertThat(review.indexOf("id=\"clinical-tools\"")).isGreaterThan(review.indexOf("id=\"evidence\""));
        assertThat(page("/articles/tace-haic-2025-review", "en", null)).contains("id=\"clinical-tools\"", "All clinical tools");

        assertThat(page("/articles/albi-child-pugh-primer", "zh-CN", null)).contains("id=\"clinical-tools\"");
    }

    @Test
    void thePrimerLinksEachCalculatorItExplains() throws Exception {
        String primer = page("/articles/albi-child-pugh-primer", "zh-CN", null);
        String body = primer.substring(primer.indexOf("class=\"article-body\""), primer.indexOf("id=\"clinical-tools\""));

        assertThat(body).contains("href=\"/clinical/child-pugh\"", "href=\"/clinical/albi\"", "href=\"/clinical/staging\"");
    }

    @Test
    void unitsStartAsChineseLaboratoriesReportThemInChineseAndAsAmericanOnesInEnglish() throws Exception {
        assertThat(page("/clinical/child-pugh", "zh-CN", null)).contains(SELECTED_UMOL, SELECTED_G_L)
                .doesNotContain(SELECTED_MG_DL, SELECTED_G_DL);
        assertThat(page("/clinical/albi", "en", null)).contains(SELECTED_MG_DL, SELECTED_G_DL)
                .doesNotContain(SELECTED_UMOL, SELECTED_G_L);
    }

    @Test
    void bilirubin35AndAlbumin32ComputeInChineseWithoutTouchingUnits() throws Exception {
        String html = page("/clinical/albi?bilirubin=35&albumin=32", "zh-CN", null);

        assertThat(html).contains("id=\"albi-result\"", "2 级", SELECTED_UMOL, SELECTED_G_L).doesNotContain("项需要修改");
        assertThat(page("/clinical/albi?bilirubin=1.0&albumin=4.0", "en", null)).contains("id=\"albi-result\"", "Grade 2");
    }

    @Test
    void theFormRemembersTheUnitsChosen() throws Exception {
        MvcResult chosen = mvc.perform(get("/clinical/albi?bilirubin=2.0&bilirubinUnit=mg/dL&albumin=3.2&albuminUnit=g/dL")
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn();
        Cookie kept = chosen.getResponse().getCookie(UnitPreference.COOKIE);
        assertThat(kept).isNotNull();
        assertThat(kept.getValue()).doesNotContain("2.0", "3.2");
        assertThat(chosen.getResponse().getHeader("Set-Cookie")).contains("HttpOnly", "Path=/clinical");

        assertThat(page("/clinical/child-pugh", "zh-CN", kept)).contains(SELECTED_MG_DL, SELECTED_G_DL);
        assertThat(page("/clinical/selector", "zh-CN", kept)).contains(SELECTED_MG_DL, SELECTED_G_DL);
        assertThat(page("/clinical/albi?bilirubin=2.0&albumin=3.2", "zh-CN", kept)).contains("id=\"albi-result\"");
        assertThat(page("/clinical/albi", "zh-CN", new Cookie(UnitPreference.COOKIE, "nonsense"))).contains(SELECTED_UMOL);
    }

    @Test
    void aUnitSentEmptyIsStillAskedFor() throws Exception {
        assertThat(page("/clinical/albi?bilirubin=35&bilirubinUnit=&albumin=32", "zh-CN", null))
                .contains("id=\"bilirubinUnit-error\"").doesNotContain("id=\"albi-result\"");
    }

    private String page(String path, String language, Cookie cookie) throws Exception {
        var request = get(path).header("Accept-Language", language);
        if (cookie != null) {
            request = request.cookie(cookie);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
