package com.hcpress.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.HttpUser;
import com.hcpress.support.TestUsers;

/**
 * Every state-changing API route, found from the application's own mappings, answers malformed
 * JSON, invalid UTF-8, a wrong Content-Type and an oversized body with a problem-detail 4xx, over
 * real HTTP (so error pages and filters take part), never a 500.
 */
@HcpressIntegrationTest
class ApiBadInputTest {

    private static final Set<RequestMethod> CHANGING =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);
    private static final String JSON = "application/json";

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcClient jdbc;

    HttpUser reader;
    String token;
    long comment;

    @BeforeEach
    void signIn() {
        reader = new HttpUser("http://localhost:" + port);
        assertThat(TestUsers.signInDemo(reader, "reader").statusCode()).isEqualTo(302);
        token = reader.csrfToken();
        comment = jdbc.sql("select min(id) from comment where parent_id is null").query(Long.class).single();
    }

    @Test
    void everyApiRouteAnswersBadBodiesWithAProblem4xx() {
        List<String> wrong = new ArrayList<>();
        List<String> routes = new ArrayList<>();
        byte[] invalidUtf8 = {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        byte[] oversized = ("{\"body\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (!CHANGING.contains(method)) {
                        continue;
                    }
                    String path = concrete(pattern);
                    routes.add(method + " " + pattern);
                    boolean readsBody = readsBody(handler);
                    check(wrong, method, path, "malformed JSON", JSON, "{\"body\": ".getBytes(StandardCharsets.UTF_8), readsBody);
                    check(wrong, method, path, "invalid UTF-8", JSON, invalidUtf8, readsBody);
                    check(wrong, method, path, "wrong Content-Type", "text/html", "<p>hi</p>".getBytes(StandardCharsets.UTF_8), readsBody);
                    check(wrong, method, path, "JSON that is no object", JSON, "[1,2]".getBytes(StandardCharsets.UTF_8), readsBody);
                    check(wrong, method, path, "oversized body", JSON, oversized, true);
                }
            }
        });
        System.out.println("ApiBadInputTest: " + routes.size() + " state-changing API routes x 5 bad bodies: " + routes);
        assertThat(routes).contains("POST /api/v1/articles/{slug}/comments", "POST /api/v1/clinical/assessment");
        assertThat(wrong).isEmpty();
    }

    private void check(List<String> wrong, RequestMethod method, String path, String what, String contentType,
                       byte[] body, boolean mustRefuse) {
        HttpResponse<String> response = reader.send(method.name(), path, contentType, body, token);
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String label = method + " " + path + " with " + what + ": " + status + " " + type;
        if (status >= 500) {
            wrong.add(label + " " + abbreviate(response.body()));
        } else if (mustRefuse && (status < 400 || !type.startsWith("application/problem+json"))) {
            wrong.add(label + " (expected a problem-detail 4xx) " + abbreviate(response.body()));
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            wrong.add(label + " (an error without a problem detail)");
        }
    }

    private String concrete(String pattern) {
        return pattern.replace("{slug}", "tace-haic-2025-review").replace("{id}", String.valueOf(comment))
                .replaceAll("\\{[^}]+}", "1");
    }

    private static boolean readsBody(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.substring(0, Math.min(200, body.length()));
    }
}
