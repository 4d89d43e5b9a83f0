package com.hcpress.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.audit.AuditLog;
import com.hcpress.consent.ConsentChoice;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.RequestOrigin;
import com.hcpress.shared.web.NotFoundException;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/**
 * Administrators find users, change roles and disable accounts (each audited), and find any audit
 * entry and any consent by filter and by paging; bad filters are a 400 with a message.
 */
@HcpressIntegrationTest
class AdminPagesTest {

    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountRegistry accounts;
    @Autowired
    Consents consents;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLandingPageLinksEveryTool() throws Exception {
        String landing = page("/admin");
        assertThat(landing).contains("href=\"/admin/users\"", "href=\"/admin/legal\"", "href=\"/admin/audit\"",
                "href=\"/admin/consents\"", "href=\"/admin/reviews\"", "href=\"/admin/search\"", "href=\"/editor/zones\"");
    }

    @Test
    void changingRolesAndDisablingAreAuditedAndBadRolesStoreNothing() throws Exception {
        String email = fresh("roles");
        long id = create(email);
        assertThat(page("/admin/users?q=" + email)).contains(email, "/admin/users/" + id);

        mvc.perform(post("/admin/users/" + id + "/roles").with(csrf()).with(TestUsers.asDemo(users, "admin"))
                .param("role", "READER").param("role", "REVIEWER")).andExpect(status().isFound());
        assertThat(accounts.find(id).orElseThrow().roles()).containsExactlyInAnyOrder(Role.READER, Role.REVIEWER);
        assertThat(page("/admin/audit?actor=admin@hcpress.test&action=account.roles&from=" + TODAY + "&to=" + TODAY))
                .contains("account.roles-changed", "user:" + id);

        String refused = mvc.perform(post("/admin/users/" + id + "/roles").with(csrf()).with(TestUsers.asDemo(users, "admin"))
                        .param("role", "READER").param("role", "SUPERUSER"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("没有这个角色");
        mvc.perform(post("/admin/users/" + id + "/roles").with(csrf()).with(TestUsers.asDemo(users, "admin")))
                .andExpect(status().isBadRequest());
        assertThat(accounts.find(id).orElseThrow().roles()).containsExactlyInAnyOrder(Role.READER, Role.REVIEWER);

        mvc.perform(post("/admin/users/" + id + "/disable").with(csrf()).with(TestUsers.asDemo(users, "admin")))
                .andExpect(status().isFound());
        assertThat(accounts.find(id).orElseThrow().enabled()).isFalse();
        assertThat(page("/admin/audit?action=account.disabled")).contains("user:" + id);

        mvc.perform(post("/admin/users/" + id + "/enable").with(csrf()).with(TestUsers.asDemo(users, "admin")))
                .andExpect(status().isFound());
        assertThat(accounts.find(id).orElseThrow().enabled()).isTrue();
        assertThat(page("/admin/audit?action=account.enabled")).contains("user:" + id);
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() throws Exception {
        long admin = accounts.find(SignInIdentifier.parse("admin@hcpress.test").orElseThrow()).orElseThrow().id();
        mvc.perform(post("/admin/users/" + admin + "/disable").with(csrf()).with(TestUsers.asDemo(users, "admin")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users/" + admin + "/roles").with(csrf()).with(TestUsers.asDemo(users, "admin"))
                .param("role", "READER")).andExpect(status().isBadRequest());
        assertThat(accounts.find(admin).orElseThrow().roles()).contains(Role.ADMIN);
        assertThat(accounts.find(admin).orElseThrow().enabled()).isTrue();
    }

    @Test
    void anUnknownAccountIsNotFoundNeverAServerError() throws Exception {
        long admin = accounts.find(SignInIdentifier.parse("admin@hcpress.test").orElseThrow()).orElseThrow().id();
        mvc.perform(post("/admin/users/999999999/disable").with(csrf()).with(TestUsers.asDemo(users, "admin")))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> accounts.disable(admin, 999_999_999L)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.changeRoles(admin, 999_999_999L, Set.of(Role.READER)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyAuditEntryOfAnActorIsReachedPageByPage() throws Exception {
        long actor = create(fresh("busy"));
        for (int i = 0; i < 60; i++) {
            audit.record(actor, "test.step", "step:" + i);
        }
        List<String> pages = new ArrayList<>();
        String next = "/admin/audit?actor=" + actor;
        while (next != null) {
            String page = page(next);
            pages.add(page);
            next = page.contains("before=")
                    ? page.replaceAll("(?s).*href=\"(/admin/audit\\?[^\"]*before=\\d+)\".*", "$1").replace("&amp;", "&")
                    : null;
            assertThat(next == null || next.contains("actor=" + actor)).isTrue();
            assertThat(pages).as("20 entries a page").hasSizeLessThanOrEqualTo(3);
        }
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).contains("step:59<", "step:40<").doesNotContain("step:39<");
        assertThat(pages.get(1)).contains("step:39<", "step:20<").doesNotContain("step:19<").doesNotContain("step:40<");
        assertThat(pages.get(2)).contains("step:19<", "step:0<").doesNotContain("step:20<");
    }

    @Test
    void badFiltersAreA400WithAMessage() throws Exception {
        assertThat(statusOf("/admin/audit?from=2026-13-01")).isEqualTo(400);
        assertThat(statusOf("/admin/audit?from=2026-03-02&to=2026-03-01")).isEqualTo(400);
        assertThat(statusOf("/admin/audit?action=" + "a".repeat(61))).isEqualTo(400);
        assertThat(statusOf("/admin/audit?action=DROP%20TABLE")).isEqualTo(400);
        assertThat(statusOf("/admin/audit?actor=" + "x".repeat(300))).isEqualTo(400);
        assertThat(statusOf("/admin/audit?before=abc")).isEqualTo(400);
        assertThat(statusOf("/admin/consents?choice=MAYBE")).isEqualTo(400);
        assertThat(statusOf("/admin/consents?document=ZONE_CONSENT:no-such-zone")).isEqualTo(400);
        assertThat(statusOf("/admin/consents/export?from=yesterday")).isEqualTo(400);
        assertThat(statusOf("/admin/users?q=" + "x".repeat(300))).isEqualTo(400);
        String page = mvc.perform(get("/admin/audit?from=2026-02-30").with(TestUsers.asDemo(users, "admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("日期格式应为 年-月-日");
        assertThat(page("/admin/audit?actor=nobody@hcpress.test")).contains("没有与之对应的账户");
    }

    @Test
    void anAdministratorFindsAConsentAndExportsTheLedger() throws Exception {
        String email = fresh("ledger");
        long id = create(email);
        long agreement = consents.current(DocumentKind.IDENTITY_AGREEMENT, null).orElseThrow().id();
        consents.record(id, agreement, ConsentChoice.AGREED, new RequestOrigin("10.1.2.3", "=cmd|' /C calc'!A0"));
        consents.record(id, agreement, ConsentChoice.WITHDRAWN, new RequestOrigin("10.1.2.3", "Firefox"));

        String found = page("/admin/consents?user=" + email + "&document=IDENTITY_AGREEMENT&from=" + TODAY);
        assertThat(found).contains(email, "同意", "撤回", "10.1.2.3");
        assertThat(page("/admin/consents?user=" + id + "&choice=WITHDRAWN")).contains("<td data-label=\"选择\">撤回</td>").doesNotContain("<td data-label=\"选择\">同意</td>");

        var response = mvc.perform(get("/admin/consents/export?user=" + email).with(TestUsers.asDemo(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("consent-ledger-" + TODAY + ".csv");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("IDENTITY_AGREEMENT", "WITHDRAWN", "AGREED", "'=cmd|' /C calc'!A0", "," + id + ",");
    }

    private long create(String email) {
        return accounts.create(SignInIdentifier.parse(email).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
    }

    private String page(String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                        .with(TestUsers.asDemo(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private int statusOf(String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(TestUsers.asDemo(users, "admin"))).andReturn().getResponse().getStatus();
    }
}
