package com.hcpress.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/** Publishing a new agreement asks everyone again, so this test gets an application of its own. */
@HcpressIntegrationTest
@DirtiesContext
class NewAgreementVersionTest {

    static final String ARTICLE = GateFlowTest.ARTICLE;
    static final String GATE = GateFlowTest.GATE;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Consents consents;

    @Test
    void aNewAgreementVersionSendsAPassedReaderBackToTheAgreement() throws Exception {
        mvc.perform(get(ARTICLE).with(TestUsers.asDemo(users, "reader"))).andExpect(status().isOk());

        consents.publish(DocumentKind.IDENTITY_AGREEMENT, null, LocalDate.now(), "协议 v2", "Agreement v2",
                "新版本文本", "New version text");

        mvc.perform(get(ARTICLE).with(TestUsers.asDemo(users, "reader"))).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(GATE).param("next", ARTICLE).with(TestUsers.asDemo(users, "reader")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("协议 v2", "第 2 版");
    }

}
