package com.hcpress.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneGrants;
import com.hcpress.content.ZoneRole;
import com.hcpress.support.TestUsers;
import com.hcpress.support.HcpressIntegrationTest;

/** An administrator gives and takes back zone roles; each change is audited, a bad form stores nothing. */
@HcpressIntegrationTest
class ZoneRolesPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountRegistry accounts;
    @Autowired
    ZoneGrants grants;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorGrantsAndRevokesAZoneRole() throws Exception {
        String email = "role-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
        long account = accounts.create(SignInIdentifier.parse(email).orElseThrow(), TestUsers.DEMO_PASSWORD, EnumSet.of(Role.READER));
        long zone = catalog.zone("liver-intervention").orElseThrow().id();

        MockHttpServletResponse unknown = grant("nobody-" + email, "AUTHOR");
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString()).contains("找不到这个账户");
        assertThat(grant(email, "OWNER").getStatus()).isEqualTo(400);
        assertThat(grants.rolesIn(account, zone)).isEmpty();

        assertThat(grant(email, "MEDICAL_REVIEWER").getStatus()).isEqualTo(302);
        assertThat(grants.rolesIn(account, zone)).containsExactly(ZoneRole.MEDICAL_REVIEWER);
        assertThat(mvc.perform(get("/admin/roles").with(TestUsers.asDemo(users, "admin"))).andReturn().getResponse()
                .getContentAsString()).contains(email, "医学审阅人");

        assertThat(mvc.perform(post("/admin/roles/revoke").with(csrf()).with(TestUsers.asDemo(users, "admin"))
                .param("zone", "liver-intervention").param("account", Long.toString(account))
                .param("role", "MEDICAL_REVIEWER")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(grants.rolesIn(account, zone)).isEmpty();
        assertThat(jdbc.sql("select action from audit_log where subject = ? order by id").param("account:" + account)
                .query(String.class).list()).containsExactly("zone.role-granted", "zone.role-revoked");
        assertThat(mvc.perform(post("/admin/roles").with(csrf()).with(TestUsers.asDemo(users, "editor"))
                .param("zone", "liver-intervention").param("account", email).param("role", "AUTHOR"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse grant(String account, String role) throws Exception {
        return mvc.perform(post("/admin/roles").with(csrf()).with(TestUsers.asDemo(users, "admin"))
                .param("zone", "liver-intervention").param("account", account).param("role", role))
                .andReturn().getResponse();
    }
}
