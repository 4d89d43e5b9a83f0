package com.hcpress.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/**
 * What an operator's tools ask of an instance: the liveness and readiness probes, which follow
 * the application's readiness state, and the Prometheus metrics, for administrators only, with
 * the series the dashboard and the alerts are built on.
 */
@HcpressIntegrationTest
class OperationsEndpointsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void probesAnswerUpOnceReadyAndReadinessFollowsTheApplicationsState() throws Exception {
        assertThat(status("/actuator/health/liveness")).isEqualTo(200);
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            assertThat(status("/actuator/health/readiness")).isEqualTo(503);
            assertThat(status("/actuator/health/liveness")).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
    }

    @Test
    void readinessWaitsForMigrationsTheDemoContentAndTheSearchIndex() throws Exception {
        String details = mvc.perform(get("/actuator/health/readiness").with(TestUsers.asDemo(users, "admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat(details).contains("\"readinessState\"", "\"startup\"", "\"db\"", "\"applied\"", "\"open\"");
        assertThat(jdbc.sql("select count(*) from zone").query(Long.class).single()).isPositive();
        String anonymous = mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getContentAsString();
        assertThat(anonymous).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void metricsAreForAdministratorsOnly() throws Exception {
        assertThat(status("/actuator/prometheus")).isIn(302, 401);
        assertThat(mvc.perform(get("/actuator/prometheus").with(TestUsers.asDemo(users, "reader")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/actuator/env").with(TestUsers.asDemo(users, "admin")))
                .andReturn().getResponse().getStatus()).isIn(403, 404);
    }

    @Test
    void theMetricsOperatorsNeedArePublished() throws Exception {
        mvc.perform(get("/articles/tace-haic-2025-review").with(TestUsers.asDemo(users, "reader")));
        mvc.perform(get("/articles/tace-haic-2025-review").with(TestUsers.asDemo(users, "newcomer")));
        MockHttpServletResponse scrape = mvc.perform(get("/actuator/prometheus").with(TestUsers.asDemo(users, "admin")))
                .andReturn().getResponse();
        assertThat(scrape.getStatus()).isEqualTo(200);
        String metrics = scrape.getContentAsString();
        assertThat(metrics).contains(
                "http_server_requests_seconds_bucket{",
                "uri=\"/articles/{slug}\"",
                "hcpress_gate_decisions_total{",
                "step=\"PASSED\"",
                "step=\"AGREEMENT\"",
                "hcpress_review_queue_size",
                "hcpress_review_queue_oldest_seconds",
                "hcpress_search_outbox_size",
                "hcpress_search_outbox_oldest_seconds",
                "hcpress_messages_outbox_waiting",
                "hikaricp_connections_active",
                "jvm_memory_used_bytes");
        assertThat(metrics).containsPattern("hcpress_review_queue_size\\{[^}]*} [1-9]");
    }

    @Test
    void everyAnswerCarriesARequestId() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/")).andReturn().getResponse();
        assertThat(answer.getHeader("X-Request-Id")).matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getHeader("X-Request-Id"))
                .as("each answer its own id").isNotEqualTo(answer.getHeader("X-Request-Id"));
        MockHttpServletResponse kept = mvc.perform(get("/").header("X-Request-Id", "nginx-4f1c2a9d")).andReturn().getResponse();
        assertThat(kept.getHeader("X-Request-Id")).isEqualTo("nginx-4f1c2a9d");
        MockHttpServletResponse replaced = mvc.perform(get("/").header("X-Request-Id", "bad id\nwith a newline"))
                .andReturn().getResponse();
        assertThat(replaced.getHeader("X-Request-Id")).doesNotContain(" ", "\n");
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }
}
