package com.hcpress.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.consent.ConsentState;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.content.ContentCatalog;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

@HcpressIntegrationTest
class GateFlowTest {

    static final String ARTICLE = "/articles/tace-haic-2025-review";
    static final String GATE = "/gate/liver-intervention";

    @Autowired
    Gate gate;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRegistry registry;
    @Autowired
    UserDetailsService users;
    @Autowired
    Consents consents;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers passedReaders;

    @Test
    void anonymousReadersAreSentThroughTheGateAndSignIn() throws Exception {
        // A visitor meets the article's public landing at the article's address; its sign-in leads to the gate.
        mvc.perform(get(ARTICLE)).andExpect(status().isOk())
                .andExpect(forwardedUrl("/shared/articles/tace-haic-2025-review"));
        String landing = mvc.perform(get("/shared/articles/tace-haic-2025-review")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(landing).contains(GATE + "?next=%2Farticles%2Ftace-haic-2025-review");
        mvc.perform(get(GATE).param("next", ARTICLE)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aNewUserAgreesConsentsAndIsAskedForTheirProfile() throws Exception {
        UserDetails user = newReader();
        long zoneId = catalog.zone("liver-intervention").orElseThrow().id();
        String agreementPage = mvc.perform(get(GATE).param("next", ARTICLE).with(user(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(agreementPage).contains("身份认证协议书", "value=\"agree\"", "value=\"reject\"");
        long agreementId = consents.current(DocumentKind.IDENTITY_AGREEMENT, null).orElseThrow().id();
        long consentId = consents.current(DocumentKind.ZONE_CONSENT, zoneId).orElseThrow().id();

        mvc.perform(post(GATE + "/agreement").with(user(user)).with(csrf()).param("next", ARTICLE)
                        .param("documentId", Long.toString(agreementId)).param("choice", "agree"))
                .andExpect(redirectedUrl(GATE + "?next=%2Farticles%2Ftace-haic-2025-review"));
        String consentPage = mvc.perform(get(GATE).param("next", ARTICLE).with(user(user)))
                .andReturn().getResponse().getContentAsString();
        assertThat(consentPage).contains("知情同意书", "不同意并跳过");

        mvc.perform(post(GATE + "/consent").with(user(user)).with(csrf()).param("next", ARTICLE)
                        .param("documentId", Long.toString(consentId)).param("choice", "skip"))
                .andExpect(redirectedUrl("/gate/liver-intervention/skipped?next=%2Farticles%2Ftace-haic-2025-review"));
        assertThat(state(user, DocumentKind.ZONE_CONSENT, zoneId)).isEqualTo(ConsentState.NONE);
        String skipped = mvc.perform(get("/gate/liver-intervention/skipped").param("next", ARTICLE).with(user(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(skipped).contains("您已跳过本专区的知情同意", "重新阅读知情同意书",
                "/gate/liver-intervention?next=/articles/tace-haic-2025-review");

        mvc.perform(post(GATE + "/consent").with(user(user)).with(csrf()).param("next", ARTICLE)
                .param("documentId", Long.toString(consentId)).param("choice", "agree"));
        mvc.perform(get(GATE).param("next", ARTICLE).with(user(user)))
                .andExpect(redirectedUrl("/verification/profile?next=%2Fgate%2Fliver-intervention%3Fnext%3D%252Farticles%252Ftace-haic-2025-review"));
        mvc.perform(get(ARTICLE).with(user(user))).andExpect(status().is3xxRedirection());
    }

    @Test
    void rejectingTheAgreementExplainsTheServiceIsForProfessionalsAndRecordsIt() throws Exception {
        UserDetails user = newReader();
        long agreementId = consents.current(DocumentKind.IDENTITY_AGREEMENT, null).orElseThrow().id();

        String page = mvc.perform(post(GATE + "/agreement").with(user(user)).with(csrf()).param("next", ARTICLE)
                        .param("documentId", Long.toString(agreementId)).param("choice", "reject"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("本服务仅面向医疗卫生专业人士");
        assertThat(state(user, DocumentKind.IDENTITY_AGREEMENT, null)).isEqualTo(ConsentState.REJECTED);
    }

    @Test
    void anUnsafeNextIsReplacedByTheZonePage() throws Exception {
        UserDetails user = newReader();
        String page = mvc.perform(get(GATE).param("next", "//evil.example/x").with(user(user)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"/zones/liver-intervention\"").doesNotContain("evil.example");
    }

    @Test
    void withdrawingConsentClosesTheGateAtOnce() throws Exception {
        UserDetails reader = passedReaders.passedReader();
        long zoneId = catalog.zone("liver-intervention").orElseThrow().id();
        long consentId = consents.current(DocumentKind.ZONE_CONSENT, zoneId).orElseThrow().id();
        mvc.perform(get(ARTICLE).with(user(reader))).andExpect(status().isOk());

        mvc.perform(post("/account/consents/" + consentId + "/withdraw").with(user(reader)).with(csrf()))
                .andExpect(redirectedUrl("/account?withdrawn"));

        mvc.perform(get(ARTICLE).with(user(reader))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/articles/tace-haic-2025-review").with(user(reader))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'consent.withdrawn'").query(Long.class).single())
                .isPositive();
    }

    private ConsentState state(UserDetails user, DocumentKind kind, Long zoneId) {
        return consents.state(Long.parseLong(user.getUsername()), kind, zoneId);
    }

    private UserDetails newReader() {
        String email = "gate-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
        registry.create(SignInIdentifier.parse(email).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        return users.loadUserByUsername(email);
    }

    /** Every gated request asks the gate: a proxy in front of it (a transaction, say) costs each of them. */
    @Test
    void theGateIsAskedDirectly() {
        assertThat(AopUtils.isAopProxy(gate)).isFalse();
    }
}
