package com.hcpress.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.catalina.Context;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.HttpUser;
import com.hcpress.support.TestUsers;

/**
 * The filters Tomcat runs on every request, read from the running container in its order. Each
 * costs on every request, so a new one is a decision: this list changes with it. HCPress has one
 * filter of its own ahead of the security chain (request id, UTF-8, malformed requests), and no
 * WebSocket filter, since nothing uses WebSocket. No filter rewrites links to static files: the
 * templates write their versioned names (shared/web/VersionedStaticLinks).
 */
@HcpressIntegrationTest
class ContainerFiltersTest {

    @Autowired
    WebServerApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void theContainerRunsTheseFiltersInThisOrder() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context web = (Context) server.getTomcat().getHost().findChildren()[0];
        List<String> filters = List.copyOf(new LinkedHashSet<>(Arrays.stream(web.findFilterMaps())
                .map(FilterMap::getFilterName).toList()));

        assertThat(filters).containsExactly("requestEntryFilter", "webMvcObservationFilter",
                "springSessionRepositoryFilter", "requestContextFilter", "springSecurityFilterChain");
    }

    @Test
    void aFormPostedWithoutACharsetIsReadAsUtf8() {
        HttpUser reader = new HttpUser("http://localhost:" + port);
        TestUsers.signInDemo(reader, "reader");
        String text = "表单按 UTF-8 读取 " + UUID.randomUUID();
        String comments = "/articles/" + TestUsers.DEMO_ARTICLE + "/comments";

        assertThat(reader.postForm(comments, Map.of("body", text, "key", UUID.randomUUID().toString(),
                "_csrf", reader.csrfToken())).statusCode()).isIn(200, 302, 303);
        assertThat(reader.comments("/articles/" + TestUsers.DEMO_ARTICLE).body()).contains(text);
    }
}
