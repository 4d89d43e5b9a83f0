package com.hcpress.clinical.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

@HcpressIntegrationTest
class ClinicalPagesTest {

    /** Case P01 of cases_public.json as form parameters. */
    static final String P01 = "histology=HCC&nodules=3&largestDiameterCm=3.8&vascularInvasion=none"
            + "&extrahepaticSpread=false&bilirubin=0.9&bilirubinUnit=mg/dL&albumin=4.1&albuminUnit=g/dL&inr=1.1"
            + "&ascites=none&encephalopathy=none&ecog=0&recurrent=false&resectable=no";

    @Autowired
    MockMvc mvc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;

    /** The tools and studies are behind the zone's gate: a reader who passed it asks. */
    @BeforeEach
    void asPassedReader() {
        mvc = TestUsers.mockMvcAsDemo(context, users, "reader");
    }

    @Test
    void theIndexListsEveryToolWithTheNotice() throws Exception {
        String html = page("/clinical", "zh-CN");

        assertThat(html).contains("本工具辅助而不替代临床判断", "/clinical/child-pugh", "/clinical/albi",
                "/clinical/up-to-seven", "/clinical/staging", "/clinical/selector");
    }

    @Test
    void everyToolPageAsksOnlyForItsInputsWithExplicitUnits() throws Exception {
        String childPugh = page("/clinical/child-pugh", "zh-CN");
        assertThat(childPugh).contains("本工具辅助而不替代临床判断", "name=\"bilirubin\"", "name=\"bilirubinUnit\"",
                "value=\"umol/L\"", "µmol/L", "name=\"albuminUnit\"", "value=\"g/L\"", "name=\"inr\"", "name=\"ascites\"")
                .doesNotContain("name=\"nodules\"", "name=\"ecog\"", "id=\"result\"");
        assertThat(page("/clinical/up-to-seven", "zh-CN")).contains("name=\"largestDiameterCm\"", "cm", "name=\"nodules\"")
                .doesNotContain("name=\"bilirubin\"");
        assertThat(page("/clinical/selector", "zh-CN")).contains("name=\"resectable\"", "name=\"recurrent\"", "name=\"vp\"",
                "name=\"cheng\"", "R0b → R0a");
    }

    @Test
    void everyToolPageReadsInBothLanguagesWithoutInlineStyle() throws Exception {
        for (String tool : new String[] {"child-pugh", "albi", "up-to-seven", "staging", "selector"}) {
            for (String language : new String[] {"zh-CN", "en"}) {
                assertThat(page("/clinical/" + tool, language)).doesNotContain("??", "style=");
                assertThat(page("/clinical/" + tool + "?" + P01, language)).contains("id=\"result\"").doesNotContain("??", "style=");
            }
        }
    }

    @Test
    void theSelectorExplainsItsCandidatesWithTheRulesAndStudiesBehindThem() throws Exception {
        String html = page("/clinical/selector?" + P01, "en");

        assertThat(html).contains("Class A", "5 points", "Grade 1", "-2.70142", "-2.70", "Within (≤ 7)", "sum 6.8",
                "IIa", "id=\"option-TACE_SYS\"", "TACE + systemic", "R1", "Intermediate HCC within up-to-seven",
                "href=\"/studies/E_EMERALD1\"", "href=\"/studies/E_LEAP012\"", "href=\"/studies/E_TALENTACE\"",
                "PFS (median, BICR mRECIST)", "15.0", "not a prescription");
    }

    static final String P05 = "histology=HCC&nodules=1&largestDiameterCm=6.0&vascularInvasion=PVTT&vp=Vp3&cheng=II"
            + "&extrahepaticSpread=false&bilirubin=1.3&bilirubinUnit=mg/dL&albumin=3.6&albuminUnit=g/dL&inr=1.2"
            + "&ascites=none&encephalopathy=none&ecog=0&recurrent=false&resectable=no";

    @Test
    void atBclcCTheSelectorStatesTheSystemicStandardAboveTheArticlesAlternatives() throws Exception {
        String zh = page("/clinical/selector?" + P05, "zh-CN");
        assertThat(zh).contains("指南标准治疗（BCLC C 期）", "系统治疗：一线首选阿替利珠单抗 + 贝伐珠单抗",
                "BCLC 2022 更新版（Reig M 等，J Hepatol 2022;76:681-693）", "https://doi.org/10.1016/j.jhep.2021.11.018",
                "是该标准之外的替代选择，并非指南标准治疗", "id=\"option-HAIC_SYS\"", "替代方案");
        assertThat(zh.indexOf("id=\"guideline-standard\"")).isLessThan(zh.indexOf("id=\"candidates-heading\""));

        String en = page("/clinical/selector?" + P05, "en");
        assertThat(en).contains("Guideline standard at BCLC C", "Systemic therapy: atezolizumab + bevacizumab",
                "BCLC 2022 update (Reig M et al., J Hepatol 2022;76:681-693)",
                "come from the article and are alternatives to this standard, not the standard itself");
    }

    @Test
    void atBclcBTheStandardNamesTransplantTaceAndSystemicTherapy() throws Exception {
        String en = page("/clinical/selector?" + P01, "en");
        assertThat(en).contains("Guideline standard at BCLC B", "TACE for well-defined nodules with preserved portal flow",
                "The options below are the standard or build on it.").doesNotContain("badge-alternative");
    }

    @Test
    void guidelineDefaultsAndCaveatsAreLabelled() throws Exception {
        String poorReserve = P01.replace("ecog=0", "ecog=3");
        String html = page("/clinical/selector?" + poorReserve, "zh-CN");

        assertThat(html).contains("id=\"option-BSC\"", "最佳支持治疗", "指南（CNLC 2024）", "R0b");
        String childPughB7 = P01.replace("bilirubin=0.9", "bilirubin=2.5").replace("albumin=4.1", "albumin=3.0")
                .replace("nodules=3", "nodules=5");
        assertThat(page("/clinical/selector?" + childPughB7, "en")).contains(
                "Child-Pugh B7: LEAP-012 required Child-Pugh A; EMERALD-1 allowed A-B7", "Caveats");
    }

    @Test
    void anInvalidValueIsNamedBesideItsFieldAndNothingIsCalculated() throws Exception {
        String html = page("/clinical/selector?" + P01.replace("inr=1.1", "inr=25").replace("nodules=3", "nodules=40")
                .replace("largestDiameterCm=3.8", "largestDiameterCm=-1").replace("&ecog=0", ""), "zh-CN");

        assertThat(html).contains("有 4 项需要修改", "id=\"inr-error\"", "应在 0.5 至 10 之间",
                "id=\"nodules-error\"", "应在 1 至 20 之间", "id=\"largestDiameterCm-error\"", "应在 0.1 至 30 cm 之间",
                "id=\"ecog-error\"", "请填写此项", "aria-invalid=\"true\"", "value=\"25\"")
                .doesNotContain("id=\"result\"");
        assertThat(page("/clinical/child-pugh?bilirubin=abc&bilirubinUnit=mg/dL&albumin=35&albuminUnit=&inr=1.1"
                + "&ascites=none&encephalopathy=none", "en")).contains("id=\"bilirubin-error\"", "Enter a number",
                "id=\"albuminUnit-error\"", "Albumin unit: Required");
    }

    @Test
    void theAddressCarriesOnlyClinicalValues() throws Exception {
        String html = page("/clinical/albi?name=Wang%20Wei&bilirubin=10&bilirubinUnit=umol/L&albumin=40&albuminUnit=g/L", "en");

        assertThat(html).contains("id=\"result\"", "Grade 1").doesNotContain("Wang");
        assertThat(html).contains("action=\"/clinical/albi\"", "method=\"get\"");
    }

    @Test
    void anUnknownToolIsNotFound() throws Exception {
        mvc.perform(get("/clinical/meld")).andExpect(status().isNotFound());
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
