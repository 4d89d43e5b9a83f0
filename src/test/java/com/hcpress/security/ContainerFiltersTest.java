package com.hcpress.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.catalina.Context;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import com.hcpress.support.HcpressIntegrationTest;

/**
 * The filters Tomcat runs on every request, read from the running container in its order. Each
 * costs on every request, so a new one is a decision: this list changes with it. HCPress has one
 * filter of its own ahead of the security chain (request id, UTF-8, malformed requests), and no
 * WebSocket filter, since nothing uses WebSocket.
 */
@HcpressIntegrationTest
class ContainerFiltersTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void theContainerRunsTheseFiltersInThisOrder() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context web = (Context) server.getTomcat().getHost().findChildren()[0];
        List<String> filters = List.copyOf(new LinkedHashSet<>(Arrays.stream(web.findFilterMaps())
                .map(FilterMap::getFilterName).toList()));

        assertThat(filters).containsExactly("requestEntryFilter", "webMvcObservationFilter",
                "springSessionRepositoryFilter", "requestContextFilter", "springSecurityFilterChain",
                "cachingResourceUrlEncodingFilter");
    }
}
