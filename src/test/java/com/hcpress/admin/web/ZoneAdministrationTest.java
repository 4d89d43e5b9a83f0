package com.hcpress.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.consent.ConsentChoice;
import com.hcpress.consent.ConsentState;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.RequestOrigin;
import com.hcpress.content.ContentCatalog;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/** Editors create and change zones and publish their informed consent; bad input stores nothing. */
@HcpressIntegrationTest
class ZoneAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    Consents consents;
    @Autowired
    AccountRegistry accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorCreatesAndChangesAZone() throws Exception {
        String slug = freshSlug();
        mvc.perform(post("/editor/zones").with(csrf()).with(TestUsers.asDemo(users, "editor"))
                        .param("slug", slug).param("nameZh", "心血管专区").param("nameEn", "Cardiology")
                        .param("descriptionZh", "心内科的综述").param("descriptionEn", "Reviews in cardiology").param("position", "5"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/editor/zones/" + slug));
        long zoneId = catalog.zone(slug).orElseThrow().id();
        assertThat(audits("zone.created", "zone:" + zoneId)).isEqualTo(1);

        mvc.perform(post("/editor/zones/" + slug).with(csrf()).with(TestUsers.asDemo(users, "editor"))
                        .param("nameZh", "心血管与代谢").param("nameEn", "Cardiometabolic").param("position", "2"))
                .andExpect(status().isFound());
        assertThat(catalog.zoneDetails(zoneId).orElseThrow().nameEn()).isEqualTo("Cardiometabolic");
        assertThat(catalog.zoneDetails(zoneId).orElseThrow().position()).isEqualTo(2);
        String page = mvc.perform(get("/editor/zones/" + slug).with(TestUsers.asDemo(users, "editor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("心血管与代谢", "/editor/zones/" + slug + "/questions");
    }

    @Test
    void badZoneInputIsRefusedWithAMessageAndStoresNothing() throws Exception {
        long before = zoneCount();
        String page = mvc.perform(post("/editor/zones").with(csrf()).with(TestUsers.asDemo(users, "editor"))
                        .param("slug", "Not A Slug!").param("nameZh", "名".repeat(121)).param("nameEn", "")
                        .param("position", "first"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("网址名只能包含小写字母", "名称最多 120 个字符", "请填写名称", "排序应为 0 到 9999 的整数");
        mvc.perform(post("/editor/zones").with(csrf()).with(TestUsers.asDemo(users, "editor"))
                        .param("slug", "liver-intervention").param("nameZh", "重复").param("nameEn", "Duplicate")
                        .param("position", "1"))
                .andExpect(status().isBadRequest());
        assertThat(zoneCount()).isEqualTo(before);
    }

    @Test
    void publishingAConsentVersionHashesItAuditsItAndAsksReadersAgain() throws Exception {
        String slug = freshSlug();
        mvc.perform(post("/editor/zones").with(csrf()).with(TestUsers.asDemo(users, "editor"))
                .param("slug", slug).param("nameZh", "测试专区").param("nameEn", "Test zone").param("position", "9"));
        long zoneId = catalog.zone(slug).orElseThrow().id();
        publish(slug, "知情同意 v1", "第一版正文").andExpect(status().isFound());
        long reader = accounts.create(SignInIdentifier.parse("consent-" + UUID.randomUUID().toString().substring(0, 8)
                + "@hcpress.test").orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        consents.record(reader, consents.current(DocumentKind.ZONE_CONSENT, zoneId).orElseThrow().id(),
                ConsentChoice.AGREED, new RequestOrigin("127.0.0.1", "test"));
        assertThat(consents.state(reader, DocumentKind.ZONE_CONSENT, zoneId)).isEqualTo(ConsentState.AGREED);

        String form = mvc.perform(get("/editor/zones/" + slug + "/consent").with(TestUsers.asDemo(users, "editor")))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("发布第 2 版", "目前已同意现行版本的 1 位用户");

        publish(slug, "知情同意 v2", "第二版正文").andExpect(status().isFound())
                .andExpect(flash().attribute("published", 2)).andExpect(flash().attribute("askedAgain", 1L));
        var current = consents.current(DocumentKind.ZONE_CONSENT, zoneId).orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.sha256()).hasSize(64).isNotEqualTo(consents.versions(DocumentKind.ZONE_CONSENT, zoneId).get(1).sha256());
        assertThat(consents.state(reader, DocumentKind.ZONE_CONSENT, zoneId)).isEqualTo(ConsentState.OUTDATED);
        assertThat(audits("consent.document-published", "document:" + current.id())).isEqualTo(1);
    }

    @Test
    void aConsentVersionWithABadDateOrNoTextIsNotPublished() throws Exception {
        long before = jdbc.sql("select count(*) from legal_document").query(Long.class).single();
        String page = mvc.perform(post("/editor/zones/liver-intervention/consent").with(csrf())
                        .with(TestUsers.asDemo(users, "editor"))
                        .param("effectiveOn", "2026-02-30").param("titleZh", "标题").param("titleEn", "Title")
                        .param("textZh", " ").param("textEn", "Text"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请按 年-月-日 填写生效日期", "此项必填");
        assertThat(jdbc.sql("select count(*) from legal_document").query(Long.class).single()).isEqualTo(before);
    }

    private org.springframework.test.web.servlet.ResultActions publish(String slug, String title, String text)
            throws Exception {
        return mvc.perform(post("/editor/zones/" + slug + "/consent").with(csrf()).with(TestUsers.asDemo(users, "editor"))
                .param("effectiveOn", "2026-03-01").param("titleZh", title).param("titleEn", "Consent")
                .param("textZh", text).param("textEn", "English text of " + title));
    }

    private long audits(String action, String subject) {
        return jdbc.sql("select count(*) from audit_log where action = ? and subject = ?").params(action, subject)
                .query(Long.class).single();
    }

    private long zoneCount() {
        return jdbc.sql("select count(*) from zone").query(Long.class).single();
    }

    static String freshSlug() {
        return "test-zone-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
