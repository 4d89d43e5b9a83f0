package com.hcpress.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.hcpress.content.ContentCatalog;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/**
 * Every GET route of the application against one table of who may see it, with the security
 * headers on every answer. A route missing from the table fails the build, so nobody adds a page
 * or endpoint without deciding who reads it.
 */
@HcpressIntegrationTest
class AccessTableTest {

    /** The demo accounts, one per gate step and role, plus anonymous (null). */
    static final List<String> ACTORS =
            List.of("anonymous", "newcomer", "pending", "rejected", "reader", "reviewer", "editor", "admin");
    static final Set<String> PASSED = Set.of("reader", "editor", "admin");
    static final Set<String> REVIEWERS = Set.of("reviewer", "admin");
    static final Set<String> STAFF = Set.of("editor", "admin");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Map<String, Route> table;

    /** Who gets what: a concrete path for the pattern, and the expected status for each actor. */
    record Route(String path, Map<String, Integer> expected) {
    }

    @BeforeEach
    void buildTable() {
        long cover = catalog.publishedArticle("tace-haic-2025-review").orElseThrow().coverImageId();
        long readerPhoto = jdbc.sql("select s.licence_photo_id from verification_submission s join app_user u "
                + "on u.id = s.user_id where u.email = 'reader@hcpress.test'").query(Long.class).single();
        long pendingSubmission = jdbc.sql("select s.id from verification_submission s join app_user u "
                + "on u.id = s.user_id where u.email = 'pending@hcpress.test'").query(Long.class).single();
        long discussed = jdbc.sql("select min(id) from comment where parent_id is null and reply_count > 0")
                .query(Long.class).single();
        table = new LinkedHashMap<>();
        table.put("/", everyone("/", 200));
        table.put("/zones/{slug}", everyone("/zones/liver-intervention", 200));
        table.put("/login", everyone("/login", 200));
        table.put("/signup", everyone("/signup", 200));
        // The code forms need a code asked for first; without one they send back to the start.
        table.put("/signup/verify", everyone("/signup/verify", 302));
        table.put("/password/forgot", everyone("/password/forgot", 200));
        table.put("/password/reset", everyone("/password/reset", 302));
        table.put("/login/code", everyone("/login/code", 200));
        table.put("/login/code/verify", everyone("/login/code/verify", 302));
        table.put("/error", everyone("/error", 500));
        // Exists in tests only; MockMvc rethrows its failure, so ContentPagesTest checks it over HTTP.
        table.put("/test/failure", null);
        // A visitor without a session gets the gate's landing (forwarded, 200, public tags only); a
        // signed-in reader who has not passed goes on to the next step of the gate.
        table.put("/articles/{slug}", byActor("/articles/tace-haic-2025-review",
                actor -> PASSED.contains(actor) ? 200 : anonymousOr(actor, 200, 302)));
        table.put("/shared/articles/{slug}", everyone("/shared/articles/tace-haic-2025-review", 200));
        // A published article's cover is public (link previews); other images keep their zone's gate (ObjectAccessTest).
        table.put("/images/{id}", everyone("/images/" + cover, 200));
        table.put("/api/v1/articles/{slug}", byActor("/api/v1/articles/tace-haic-2025-review",
                actor -> PASSED.contains(actor) ? 200 : anonymousOr(actor, 401, 403)));
        String comments = "/articles/tace-haic-2025-review/comments";
        table.put("/articles/{slug}/comments", byActor(comments, actor -> PASSED.contains(actor) ? 200 : 302));
        table.put("/articles/{slug}/comments/{id}/replies", byActor(comments + "/" + discussed + "/replies",
                actor -> PASSED.contains(actor) ? 200 : 302));
        table.put("/articles/{slug}/comments/{id}/report", byActor(comments + "/" + discussed + "/report",
                actor -> PASSED.contains(actor) ? 200 : 302));
        table.put("/articles/{slug}/comments/{id}/manage", byActor(comments + "/" + discussed + "/manage",
                actor -> STAFF.contains(actor) ? 200 : anonymousOr(actor, 302, 403)));
        table.put("/editor/comments", byActor("/editor/comments", actor -> STAFF.contains(actor) ? 200 : anonymousOr(actor, 302, 403)));
        long demoArticle = catalog.publishedArticle("tace-haic-2025-review").orElseThrow().id();
        table.put("/editor", byActor("/editor", actor -> STAFF.contains(actor) ? 200 : anonymousOr(actor, 302, 403)));
        table.put("/editor/import", byActor("/editor/import", actor -> STAFF.contains(actor) ? 200 : anonymousOr(actor, 302, 403)));
        table.put("/editor/articles/new", byActor("/editor/articles/new",
                actor -> STAFF.contains(actor) ? 200 : anonymousOr(actor, 302, 403)));
        table.put("/editor/articles/{id}", byActor("/editor/articles/" + demoArticle,
                actor -> STAFF.contains(actor) ? 200 : anonymousOr(actor, 302, 403)));
        table.put("/editor/articles/{id}/revisions", byActor("/editor/articles/" + demoArticle + "/revisions",
                actor -> STAFF.contains(actor) ? 200 : anonymousOr(actor, 302, 403)));
        table.put("/editor/articles/{id}/revisions/{revision}", byActor("/editor/articles/" + demoArticle + "/revisions/1",
                actor -> STAFF.contains(actor) ? 200 : anonymousOr(actor, 302, 403)));
        table.put("/editor/articles/{id}/revisions/{revision}/changes", byActor(
                "/editor/articles/" + demoArticle + "/revisions/1/changes",
                actor -> STAFF.contains(actor) ? 200 : anonymousOr(actor, 302, 403)));
        String api = "/api/v1/articles/tace-haic-2025-review/comments";
        table.put("/api/v1/articles/{slug}/comments", byActor(api, actor -> PASSED.contains(actor) ? 200 : anonymousOr(actor, 401, 403)));
        table.put("/api/v1/articles/{slug}/comments/{id}", byActor(api + "/" + discussed,
                actor -> PASSED.contains(actor) ? 200 : anonymousOr(actor, 401, 403)));
        table.put("/api/v1/articles/{slug}/comments/{id}/replies", byActor(api + "/" + discussed + "/replies",
                actor -> PASSED.contains(actor) ? 200 : anonymousOr(actor, 401, 403)));
        table.put("/account", signedIn("/account", 200));
        table.put("/account/sessions", signedIn("/account/sessions", 200));
        table.put("/account/public-name", signedIn("/account/public-name", 200));
        table.put("/articles/{slug}/comments/count", byActor(comments + "/count", actor -> PASSED.contains(actor) ? 200 : 302));
        table.put("/articles/{slug}/related", byActor("/articles/tace-haic-2025-review/related",
                actor -> PASSED.contains(actor) ? 200 : 302));
        // References as files: exactly the article's gate.
        for (String file : List.of("/references.ris", "/references.bib", "/references/{number}.ris", "/references/{number}.bib")) {
            table.put("/articles/{slug}" + file, byActor("/articles/tace-haic-2025-review" + file.replace("{number}", "3"),
                    actor -> PASSED.contains(actor) ? 200 : 302));
        }
        table.put("/account/export", signedIn("/account/export", 200));
        // The API's OpenAPI description and its browsable UI are for staff, like the other staff tools.
        table.put("/v3/api-docs", byActor("/v3/api-docs", actor -> STAFF.contains(actor) ? 200 : anonymousOr(actor, 302, 403)));
        table.put("/v3/api-docs.yaml", byActor("/v3/api-docs.yaml", actor -> STAFF.contains(actor) ? 200 : anonymousOr(actor, 302, 403)));
        table.put("/v3/api-docs/swagger-config", byActor("/v3/api-docs/swagger-config",
                actor -> STAFF.contains(actor) ? 200 : anonymousOr(actor, 302, 403)));
        table.put("/swagger-ui.html", byActor("/swagger-ui.html", actor -> STAFF.contains(actor) ? 302 : anonymousOr(actor, 302, 403)));
        table.put("/gate/{zoneSlug}", byActor("/gate/liver-intervention", actor -> switch (actor) {
            case "newcomer", "reviewer", "pending" -> 200; // the agreement page (twice); the waiting page
            default -> 302; // sign in; the status page; on to the page asked for
        }));
        table.put("/gate/{zoneSlug}/waiting", signedIn("/gate/liver-intervention/waiting", 200));
        table.put("/gate/{zoneSlug}/skipped", signedIn("/gate/liver-intervention/skipped", 200));
        table.put("/verification/profile", signedIn("/verification/profile", 200, "pending", 302, "reader", 302));
        table.put("/verification/status", signedIn("/verification/status", 200));
        table.put("/review", byActor("/review", actor -> REVIEWERS.contains(actor) ? 200 : anonymousOr(actor, 302, 403)));
        table.put("/review/{id}", byActor("/review/" + pendingSubmission,
                actor -> REVIEWERS.contains(actor) ? 200 : anonymousOr(actor, 302, 403)));
        table.put("/verification/upload-too-large", signedIn("/verification/upload-too-large", 413));
        table.put("/clinical", byActor("/clinical", actor -> PASSED.contains(actor) ? 200 : 302));
        table.put("/clinical/{slug}", byActor("/clinical/child-pugh", actor -> PASSED.contains(actor) ? 200 : 302));
        table.put("/studies/{id}", byActor("/studies/E_EMERALD1", actor -> PASSED.contains(actor) ? 200 : 302));
        table.put("/api/v1/studies/{id}", byActor("/api/v1/studies/E_EMERALD1",
                actor -> PASSED.contains(actor) ? 200 : anonymousOr(actor, 401, 403)));
        // Search answers everyone; what each hit reveals is the gate's business (SearchGateTest).
        table.put("/search", everyone("/search?q=HAIC", 200));
        table.put("/terms", everyone("/terms", 200));
        table.put("/privacy", everyone("/privacy", 200));
        // Notifications are each account's own; the bell answers everyone (empty when signed out).
        table.put("/notifications", signedIn("/notifications", 200));
        table.put("/notifications/preferences", signedIn("/notifications/preferences", 200));
        table.put("/notifications/bell", everyone("/notifications/bell", 200));
        // A reader's bookmarks, history and follows are their own; the buttons on a page pass its gate.
        for (String path : List.of("/me/bookmarks", "/me/history", "/me/follows", "/me/follows/digest")) {
            table.put(path, signedIn(path, 200));
        }
        table.put("/articles/{slug}/reader-actions", byActor("/articles/tace-haic-2025-review/reader-actions",
                actor -> PASSED.contains(actor) ? 200 : 302));
        table.put("/studies/{id}/reader-actions", byActor("/studies/E_EMERALD1/reader-actions",
                actor -> PASSED.contains(actor) ? 200 : 302));
        // The link in an email: anyone holding it; without a valid token the page says so.
        table.put("/unsubscribe", everyone("/unsubscribe?token=nonsense", 400));
        table.put("/unsubscribe/digest", everyone("/unsubscribe/digest?token=nonsense", 400));
        table.put("/search/suggestions", everyone("/search/suggestions?q=HAIC", 200));
        table.put("/api/v1/search", everyone("/api/v1/search?q=HAIC", 200));
        table.put("/admin/search", byActor("/admin/search", actor -> actor.equals("admin") ? 200 : anonymousOr(actor, 302, 403)));
        table.put("/admin/search/progress", byActor("/admin/search/progress",
                actor -> actor.equals("admin") ? 200 : anonymousOr(actor, 302, 403)));
        // The back office: zones for editors and admins, the rest for admins.
        long readerId = jdbc.sql("select id from app_user where email = 'reader@hcpress.test'").query(Long.class).single();
        long zoneConsent = jdbc.sql("select d.id from legal_document d join zone z on z.id = d.zone_id "
                + "where z.slug = 'liver-intervention' order by d.version desc limit 1").query(Long.class).single();
        long question = jdbc.sql("select q.id from zone_question q join zone z on z.id = q.zone_id "
                + "where z.slug = 'liver-intervention' and q.retired_at is null order by q.position limit 1")
                .query(Long.class).single();
        String zone = "/editor/zones/liver-intervention";
        for (String path : List.of("/admin", "/admin/users", "/admin/legal", "/admin/legal/identity-agreement",
                "/admin/legal/terms", "/admin/legal/privacy", "/admin/outbox",
                "/admin/audit", "/admin/consents", "/admin/consents/export", "/admin/reviews", "/admin/roles", "/admin/review-reasons")) {
            table.put(path, adminOnly(path));
        }
        table.put("/admin/users/{id}", adminOnly("/admin/users/" + readerId));
        table.put("/admin/legal/{id}", adminOnly("/admin/legal/" + zoneConsent));
        table.put("/editor/zones", staffOnly("/editor/zones"));
        table.put("/editor/trash", staffOnly("/editor/trash"));
        table.put("/editor/synonyms", staffOnly("/editor/synonyms"));
        table.put("/editor/zones/new", staffOnly("/editor/zones/new"));
        table.put("/editor/zones/{slug}", staffOnly(zone));
        table.put("/editor/zones/{slug}/consent", staffOnly(zone + "/consent"));
        table.put("/editor/zones/{slug}/consent/{id}", staffOnly(zone + "/consent/" + zoneConsent));
        table.put("/editor/zones/{slug}/questions", staffOnly(zone + "/questions"));
        table.put("/editor/zones/{slug}/questions/{id}", staffOnly(zone + "/questions/" + question));
        table.put("/editor/zones/{slug}/answers.csv", staffOnly(zone + "/answers.csv"));
        long zoneImage = jdbc.sql("select min(id) from image where zone_id is not null").query(Long.class).single();
        long zoneId = jdbc.sql("select id from zone where slug = 'liver-intervention'").query(Long.class).single();
        table.put("/editor/zones/{slug}/images", staffOnly(zone + "/images"));
        table.put("/editor/zones/{slug}/stats", staffOnly(zone + "/stats"));
        table.put("/editor/zones/{slug}/funnel", staffOnly(zone + "/funnel"));
        long article = jdbc.sql("select min(id) from article").query(Long.class).single();
        table.put("/editor/articles/{id}/stats", staffOnly("/editor/articles/" + article + "/stats"));
        table.put("/editor/articles/{id}/wechat", staffOnly("/editor/articles/" + article + "/wechat"));
        table.put("/editor/articles/{id}/wechat.html", staffOnly("/editor/articles/" + article + "/wechat.html"));
        table.put("/editor/images/picker", staffOnly("/editor/images/picker?zoneId=" + zoneId));
        table.put("/editor/images/{id}/thumbnail", staffOnly("/editor/images/" + zoneImage + "/thumbnail"));
        table.put("/licence-photos/{id}", byActor("/licence-photos/" + readerPhoto, actor -> switch (actor) {
            case "reader", "reviewer", "admin" -> 200;
            case "anonymous" -> 302;
            default -> 404;
        }));
    }

    @Test
    void everyRouteHasAnEntryInTheTable() {
        Set<String> missing = new TreeSet<>(getRoutes());
        missing.removeAll(table.keySet());
        assertThat(missing).as("GET routes without an access rule in AccessTableTest").isEmpty();
    }

    @Test
    void everyActorGetsWhatTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Route> entry : table.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            for (String actor : ACTORS) {
                MockHttpServletRequestBuilder request = get(entry.getValue().path());
                if (!actor.equals("anonymous")) {
                    request.with(TestUsers.asDemo(users, actor));
                }
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                int status = response.getStatus();
                int expected = entry.getValue().expected().get(actor);
                if (status != expected) {
                    wrong.add(entry.getKey() + " as " + actor + ": " + status + ", expected " + expected);
                }
                SecurityHeaders.problems(entry.getValue().path(), response).forEach(problem -> wrong.add(entry.getKey() + " as " + actor + ": " + problem));
                checked++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isEqualTo((table.size() - 1) * ACTORS.size());
        System.out.printf("AccessTableTest: %d GET routes x %d actors = %d answers checked, with their headers%n",
                table.size() - 1, ACTORS.size(), checked);
    }

    /** HSTS only where it can take effect: over TLS (directly or behind a proxy that says so). */
    @Test
    void everyRouteSendsHstsOverTlsAndOnlyThere() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Route> entry : table.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            for (String actor : List.of("anonymous", "reader")) {
                for (boolean tls : List.of(true, false)) {
                    MockHttpServletRequestBuilder request = get(entry.getValue().path()).secure(tls);
                    if (!actor.equals("anonymous")) {
                        request.with(TestUsers.asDemo(users, actor));
                    }
                    String hsts = mvc.perform(request).andReturn().getResponse().getHeader("Strict-Transport-Security");
                    boolean right = tls ? hsts != null && hsts.contains("max-age=31536000") : hsts == null;
                    if (!right) {
                        wrong.add(entry.getKey() + " as " + actor + (tls ? " over TLS" : " over plain HTTP") + ": " + hsts);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void actuatorShowsHealthAndProbesToAllAndMetricsToAdministratorsOnly() throws Exception {
        for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            assertThat(mvc.perform(get(probe)).andReturn().getResponse().getStatus()).as(probe).isEqualTo(200);
        }
        for (String actor : ACTORS) {
            MockHttpServletRequestBuilder metrics = get("/actuator/prometheus");
            if (!actor.equals("anonymous")) {
                metrics.with(TestUsers.asDemo(users, actor));
            }
            int status = mvc.perform(metrics).andReturn().getResponse().getStatus();
            assertThat(status).as("/actuator/prometheus as " + actor)
                    .isEqualTo(actor.equals("admin") ? 200 : anonymousOr(actor, 302, 403));
        }
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator")) {
            int status = mvc.perform(get(path).with(TestUsers.asDemo(users, "admin"))).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(403, 404);
        }
    }

    private Set<String> getRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                routes.addAll(info.getPatternValues());
            }
        }
        return routes;
    }

    private static Route adminOnly(String path) {
        return byActor(path, actor -> actor.equals("admin") ? 200 : anonymousOr(actor, 302, 403));
    }

    private static Route staffOnly(String path) {
        return byActor(path, actor -> STAFF.contains(actor) ? 200 : anonymousOr(actor, 302, 403));
    }

    private static int anonymousOr(String actor, int anonymous, int others) {
        return actor.equals("anonymous") ? anonymous : others;
    }

    private static Route everyone(String path, int status) {
        return byActor(path, actor -> status);
    }

    /** Anonymous is sent to sign in; signed-in actors get {@code status} unless listed otherwise. */
    private static Route signedIn(String path, int status, Object... exceptions) {
        Map<String, Integer> special = new LinkedHashMap<>();
        for (int i = 0; i < exceptions.length; i += 2) {
            special.put((String) exceptions[i], (Integer) exceptions[i + 1]);
        }
        return byActor(path, actor -> actor.equals("anonymous") ? 302 : special.getOrDefault(actor, status));
    }

    private static Route byActor(String path, java.util.function.Function<String, Integer> rule) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        ACTORS.forEach(actor -> expected.put(actor, rule.apply(actor)));
        return new Route(path, expected);
    }
}
