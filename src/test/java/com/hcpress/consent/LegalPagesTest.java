package com.hcpress.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/** The terms of service and privacy policy: public, versioned, published like the agreement. */
@HcpressIntegrationTest
class LegalPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Consents consents;

    @Test
    void bothDocumentsAreReadableByEveryoneInBothLanguages() throws Exception {
        assertThat(page("/terms")).contains("HCPress 用户服务协议", "第 1 版");
        assertThat(page("/privacy")).contains("HCPress 隐私政策", "我们收集哪些信息");
        assertThat(mvc.perform(get("/privacy").param("lang", "en")).andReturn().getResponse().getContentAsString())
                .contains("HCPress privacy policy", "What we collect");
        mvc.perform(get("/terms").param("version", "99")).andExpect(status().isNotFound());
    }

    @Test
    void theyAreLinkedFromTheFooterTheSignUpFormAndTheAgreement() throws Exception {
        assertThat(page("/")).contains("href=\"/terms\"", "href=\"/privacy\"");
        String signUp = page("/signup");
        assertThat(signUp.substring(signUp.indexOf("<form"))).contains("href=\"/terms\"", "href=\"/privacy\"");
        String agreement = consents.current(DocumentKind.IDENTITY_AGREEMENT, null).orElseThrow()
                .textHtml(java.util.Locale.CHINESE);
        assertThat(agreement).contains("href=\"/terms\"", "href=\"/privacy\"");
    }

    @Test
    void publishingTheSameTextIsRefusedAndANewTextBecomesTheCurrentVersion() throws Exception {
        LegalDocument current = consents.current(DocumentKind.PRIVACY_POLICY, null).orElseThrow();
        String refused = mvc.perform(post("/admin/legal/privacy").with(TestUsers.asDemo(users, "admin")).with(csrf())
                        .param("effectiveOn", "2026-12-01").param("titleZh", current.titleZh())
                        .param("titleEn", current.titleEn()).param("textZh", current.textZh() + "\n")
                        .param("textEn", current.textEn()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("正文与现行版本完全相同");
        assertThat(consents.versions(DocumentKind.PRIVACY_POLICY, null)).hasSize(current.version());

        mvc.perform(post("/admin/legal/terms").with(TestUsers.asDemo(users, "admin")).with(csrf())
                        .param("effectiveOn", "2026-12-01").param("titleZh", "HCPress 用户服务协议")
                        .param("titleEn", "HCPress terms of service").param("textZh", "新的条款正文。")
                        .param("textEn", "New terms."))
                .andExpect(status().isFound());
        assertThat(page("/terms")).contains("新的条款正文", "第 2 版");
        assertThat(page("/terms?version=1")).contains("这不是现行版本", "服务内容");
        mvc.perform(post("/admin/legal/terms").with(TestUsers.asDemo(users, "editor")).with(csrf())
                .param("textZh", "x")).andExpect(status().isForbidden());
        assertThat(page("/admin/legal")).isNotNull();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(TestUsers.asDemo(users, "admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
