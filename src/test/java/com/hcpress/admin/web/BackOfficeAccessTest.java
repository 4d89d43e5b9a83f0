package com.hcpress.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/**
 * Every back-office route, GET and POST, refuses readers and reviewers; the /admin ones refuse
 * editors too. POSTs carry a valid CSRF token, so the 403 is the role check's.
 */
@HcpressIntegrationTest
class BackOfficeAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Route(RequestMethod method, String path) {
    }

    @Test
    void readersAndReviewersGetForbiddenEverywhere() throws Exception {
        List<Route> routes = routes();
        assertThat(routes).extracting(Route::path).contains("/admin", "/admin/users", "/admin/audit", "/admin/consents",
                "/admin/consents/export", "/admin/reviews", "/admin/legal", "/editor/zones",
                "/editor/zones/liver-intervention/answers.csv", "/editor/zones/liver-intervention/questions/1/up");
        List<String> wrong = new ArrayList<>();
        for (String actor : List.of("reader", "reviewer")) {
            for (Route route : routes) {
                int status = status(route, actor);
                if (status != 403) {
                    wrong.add(route + " as " + actor + ": " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void editorsGetForbiddenOnAdminRoutesOnly() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            boolean admin = route.path().startsWith("/admin");
            if (!admin && route.method() == RequestMethod.POST) {
                continue; // an editor's POST would change zones; the GETs show the door is open
            }
            int status = status(route, "editor");
            if (admin ? status != 403 : status == 403) {
                wrong.add(route + " as editor: " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private int status(Route route, String actor) throws Exception {
        var request = route.method() == RequestMethod.GET ? get(route.path()) : post(route.path()).with(csrf());
        return mvc.perform(request.with(TestUsers.asDemo(users, actor))).andReturn().getResponse().getStatus();
    }

    /** The back office's routes: /editor/zones/** and /admin/** except the search index page, which is older. */
    private List<Route> routes() {
        Set<String> seen = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!(pattern.startsWith("/editor/zones") || pattern.equals("/admin") || pattern.startsWith("/admin/"))
                        || pattern.startsWith("/admin/search")) {
                    continue;
                }
                String path = pattern.replace("{slug}", "liver-intervention").replaceAll("\\{[^}]+}", "1");
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (seen.add(method + " " + path)) {
                        routes.add(new Route(method, path));
                    }
                }
            }
        }
        return routes;
    }
}
