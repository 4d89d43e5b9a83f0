package com.hcpress.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/**
 * Every state-changing route (POST, PUT, PATCH, DELETE) against one table of who may call it. Each
 * actor the table excludes sends the request with a valid CSRF token and must be turned away
 * (sent to sign in or to the gate, 401, 403 or 404). A new route without a row fails the build.
 * Actors who may call a route are not exercised here: each feature's tests cover what they do.
 */
@HcpressIntegrationTest
class ChangingRoutesAccessTest {

    private static final Set<RequestMethod> CHANGING =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    /** Who may call a route; everybody else is refused. */
    enum Allowed {
        ANYONE(AccessTableTest.ACTORS),
        SIGNED_IN(List.of("newcomer", "pending", "rejected", "reader", "reviewer", "editor", "admin")),
        PASSED(List.copyOf(AccessTableTest.PASSED)),
        REVIEWERS(List.copyOf(AccessTableTest.REVIEWERS)),
        STAFF(List.copyOf(AccessTableTest.STAFF)),
        ADMIN(List.of("admin"));

        final List<String> actors;

        Allowed(List<String> actors) {
            this.actors = actors;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Map<String, Allowed> table;
    Map<String, String> values;

    @BeforeEach
    void buildTable() {
        long comment = jdbc.sql("select min(id) from comment where parent_id is null").query(Long.class).single();
        long submission = jdbc.sql("select max(id) from verification_submission").query(Long.class).single();
        long document = jdbc.sql("select min(id) from legal_document").query(Long.class).single();
        values = Map.of("{slug}", "tace-haic-2025-review", "{zoneSlug}", "liver-intervention",
                "{id}", String.valueOf(comment), "{documentId}", String.valueOf(document));
        table = new LinkedHashMap<>();
        table.put("POST /signup", Allowed.ANYONE);
        for (String path : List.of("/signup/verify", "/signup/resend", "/password/forgot", "/password/reset",
                "/password/resend", "/login/code", "/login/code/verify", "/login/code/resend")) {
            table.put("POST " + path, Allowed.ANYONE);
        }
        table.put("POST /account/password", Allowed.SIGNED_IN);
        table.put("POST /account/public-name", Allowed.SIGNED_IN);
        table.put("POST /account/sessions/{handle}/end", Allowed.SIGNED_IN);
        table.put("POST /account/sessions/end-others", Allowed.SIGNED_IN);
        table.put("POST /gate/{zoneSlug}/agreement", Allowed.SIGNED_IN);
        table.put("POST /gate/{zoneSlug}/consent", Allowed.SIGNED_IN);
        table.put("POST /gate/{zoneSlug}/questions", Allowed.SIGNED_IN);
        table.put("POST /verification/profile", Allowed.SIGNED_IN);
        table.put("POST /account/consents/{documentId}/withdraw", Allowed.SIGNED_IN);
        table.put("POST /account/delete", Allowed.SIGNED_IN);
        table.put("POST /account/tokens", Allowed.SIGNED_IN);
        table.put("POST /account/tokens/{id}/revoke", Allowed.SIGNED_IN);
        for (String path : List.of("", "/{id}/replies", "/{id}/edit", "/{id}/delete", "/{id}/like", "/{id}/unlike", "/{id}/report")) {
            table.put("POST /articles/{slug}/comments" + path, Allowed.PASSED);
        }
        for (String route : List.of("POST ", "POST /{id}/replies", "PATCH /{id}", "DELETE /{id}", "POST /{id}/like",
                "DELETE /{id}/like", "POST /{id}/report")) {
            String[] parts = route.split(" ", 2);
            table.put(parts[0] + " /api/v1/articles/{slug}/comments" + parts[1], Allowed.PASSED);
        }
        table.put("POST /articles/{slug}/reading", Allowed.PASSED);
        for (String tool : List.of("assessment", "child-pugh", "albi", "up-to-seven", "staging")) {
            table.put("POST /api/v1/clinical/" + tool, Allowed.PASSED);
        }
        table.put("POST /editor/import", Allowed.STAFF);
        table.put("POST /editor/synonyms", Allowed.STAFF);
        table.put("POST /editor/synonyms/{id}/delete", Allowed.STAFF);
        table.put("POST /review/{id}/approve", Allowed.REVIEWERS);
        table.put("POST /review/{id}/reject", Allowed.REVIEWERS);
        table.put("POST /review/{id}/release", Allowed.REVIEWERS);
        table.put("POST /admin/verification/{id}/take-over", Allowed.ADMIN);
        table.put("POST /admin/verification/{id}/revoke", Allowed.ADMIN);
        table.put("POST /admin/review-reasons", Allowed.ADMIN);
        table.put("POST /admin/review-reasons/{id}", Allowed.ADMIN);
        for (String action : List.of("hide", "restore", "delete", "dismiss", "pin", "unpin")) {
            table.put("POST /editor/comments/{id}/" + action, Allowed.STAFF);
        }
        for (String path : List.of("", "/images", "/preview", "/references/parse", "/references/lookup", "/references/renumber", "/{id}", "/{id}/publish",
                "/{id}/unpublish", "/{id}/revisions/{revision}/restore", "/{id}/revisions/{revision}/remarks", "/{id}/submit", "/{id}/approve", "/{id}/return",
                "/{id}/schedule", "/{id}/comment", "/{id}/delete", "/bulk")) {
            table.put("POST /editor/articles" + path, Allowed.STAFF);
        }
        for (String path : List.of("", "/{slug}", "/{slug}/consent", "/{slug}/questions", "/{slug}/questions/{id}",
                "/{slug}/questions/{id}/up", "/{slug}/questions/{id}/down", "/{slug}/questions/{id}/remove")) {
            table.put("POST /editor/zones" + path, Allowed.STAFF);
        }
        table.put("POST /editor/images/{id}/text", Allowed.STAFF);
        table.put("POST /editor/images/{id}/crops", Allowed.STAFF);
        table.put("POST /admin/search/reindex", Allowed.ADMIN);
        table.put("POST /admin/legal/identity-agreement", Allowed.ADMIN);
        table.put("POST /admin/legal/terms", Allowed.ADMIN);
        table.put("POST /admin/legal/privacy", Allowed.ADMIN);
        table.put("POST /notifications/{id}/open", Allowed.SIGNED_IN);
        table.put("POST /notifications/{id}/read", Allowed.SIGNED_IN);
        table.put("POST /notifications/read-all", Allowed.SIGNED_IN);
        table.put("POST /notifications/preferences", Allowed.SIGNED_IN);
        table.put("POST /articles/{slug}/bookmark", Allowed.PASSED);
        table.put("POST /articles/{slug}/follow", Allowed.PASSED);
        table.put("POST /studies/{id}/bookmark", Allowed.PASSED);
        for (String path : List.of("/me/bookmarks/{id}/tags", "/me/bookmarks/{id}/delete", "/me/history/clear",
                "/me/history/pause", "/me/history/resume", "/me/history/{id}/delete", "/me/follows/{id}/delete",
                "/me/follows/digest")) {
            table.put("POST " + path, Allowed.SIGNED_IN);
        }
        // Holding a signed token is the authority (one-click unsubscribe from a mail client).
        table.put("POST /unsubscribe", Allowed.ANYONE);
        table.put("POST /unsubscribe/digest", Allowed.ANYONE);
        table.put("POST /admin/users/{id}/roles", Allowed.ADMIN);
        table.put("POST /admin/roles", Allowed.ADMIN);
        table.put("POST /admin/roles/revoke", Allowed.ADMIN);
        table.put("POST /editor/trash/{id}/restore", Allowed.STAFF);
        table.put("POST /admin/users/{id}/disable", Allowed.ADMIN);
        table.put("POST /admin/users/{id}/enable", Allowed.ADMIN);
        values = new LinkedHashMap<>(values);
        values.put("review-id", String.valueOf(submission));
        values.put("{revision}", "1");
        values.put("{handle}", "0123456789abcdef0123");
    }

    @Test
    void everyStateChangingRouteHasARow() {
        Set<String> missing = new TreeSet<>(changingRoutes());
        missing.removeAll(table.keySet());
        assertThat(missing).as("state-changing routes without a row in ChangingRoutesAccessTest").isEmpty();
    }

    @Test
    void everyoneTheTableExcludesIsTurnedAway() throws Exception {
        Map<String, Long> before = state();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Allowed> row : table.entrySet()) {
            String[] route = row.getKey().split(" ", 2);
            for (String actor : AccessTableTest.ACTORS) {
                if (row.getValue().actors.contains(actor)) {
                    continue;
                }
                MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route[0]), concrete(route[1]))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"not mine to say\"}");
                if (!actor.equals("anonymous")) {
                    request.with(TestUsers.asDemo(users, actor));
                }
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                if (!turnedAway(response)) {
                    wrong.add(row.getKey() + " as " + actor + ": " + response.getStatus() + " " + response.getRedirectedUrl());
                }
                checked++;
            }
        }
        System.out.printf("ChangingRoutesAccessTest: %d state-changing routes, %d refusals checked%n", table.size(), checked);
        assertThat(wrong).isEmpty();
        assertThat(state()).as("what the refused requests changed").isEqualTo(before);
    }

    /** Refused: an error status, or sent to sign in, to the gate, or back to the (gated) article. */
    private static boolean turnedAway(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl() == null ? "" : response.getRedirectedUrl();
        return status == 401 || status == 403 || status == 404 || (status == 302 && (location.contains("/login")
                || location.contains("/gate/") || location.matches("/articles/[^/?#]+([?#].*)?")));
    }

    /** What any of these routes could change, so that a refusal is seen to have changed nothing. */
    private Map<String, Long> state() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String query : List.of("select count(*) from comment", "select count(*) from comment where status <> 'VISIBLE'",
                "select count(*) from comment where pinned", "select coalesce(sum(like_count), 0) from comment",
                "select count(*) from comment_like", "select count(*) from comment_report", "select count(*) from consent_event",
                "select count(*) from zone_answer", "select count(*) from verification_submission where status = 'SUBMITTED'",
                "select count(*) from audit_log", "select count(*) from app_user", "select count(*) from app_user where enabled",
                "select count(*) from user_role", "select count(*) from zone", "select count(*) from article",
                "select count(*) from article where status = 'PUBLISHED'", "select count(*) from article_revision",
                "select count(*) from image", "select count(*) from legal_document", "select count(*) from zone_question",
                "select count(*) from personal_access_token", "select count(*) from bookmark",
                "select count(*) from follow", "select count(*) from follow_digest",
                "select count(*) from reading_history_pause")) {
            counts.put(query, jdbc.sql(query).query(Long.class).single());
        }
        return counts;
    }

    private String concrete(String pattern) {
        String path = pattern.startsWith("/review/") || pattern.startsWith("/admin/verification/") ? pattern.replace("{id}", values.get("review-id")) : pattern;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        return path;
    }

    private Set<String> changingRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (CHANGING.contains(method)) {
                    info.getPatternValues().forEach(pattern -> routes.add(method + " " + pattern));
                }
            }
        }
        return routes;
    }
}
