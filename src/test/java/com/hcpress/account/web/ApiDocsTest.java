package com.hcpress.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

@HcpressIntegrationTest
class ApiDocsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void describesTheApiRoutesAndTheBearerScheme() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs").with(TestUsers.asDemo(users, "editor")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(docs).contains("\"openapi\":\"3.", "\"title\":\"HCPress API\"",
                "\"/api/v1/articles/{slug}\"", "\"/api/v1/articles/{slug}/comments\"", "\"/api/v1/search\"",
                "\"/api/v1/studies/{id}\"", "\"/api/v1/clinical/assessment\"",
                "\"personalAccessToken\"", "\"scheme\":\"bearer\"", "guideline_standard", "alternative_options");
        assertThat(docs).doesNotContain("\"/account", "\"/articles/{slug}\"", "\"/admin");
    }

    @Test
    void theDescriptionAndItsUiAreForStaffOnly() throws Exception {
        for (String path : new String[] {"/v3/api-docs", "/swagger-ui/index.html"}) {
            assertThat(status(path, "editor")).as(path).isEqualTo(200);
            assertThat(status(path, "admin")).as(path).isEqualTo(200);
            assertThat(status(path, "reader")).as(path).isEqualTo(403);
            assertThat(status(path, "reviewer")).as(path).isEqualTo(403);
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(302);
        }
    }

    private int status(String path, String actor) throws Exception {
        return mvc.perform(get(path).with(TestUsers.asDemo(users, actor))).andReturn().getResponse().getStatus();
    }
}
