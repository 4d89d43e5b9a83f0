package com.hcpress.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/** Every state-changing route of the application refuses a request without the CSRF token. */
@HcpressIntegrationTest
class CsrfTest {

    private static final Set<RequestMethod> CHANGING =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserDetailsService users;

    /** Mail clients post it without cookies (RFC 8058): the signed token in the link is its only authority. */
    private static final List<String> ONE_CLICK_UNSUBSCRIBE = List.of("/unsubscribe", "/unsubscribe/digest");

    @Test
    void oneClickUnsubscribeNeedsItsSignedTokenInstead() throws Exception {
        for (String path : ONE_CLICK_UNSUBSCRIBE) {
            int status = mvc.perform(request(HttpMethod.POST, path).param("token", "forged.token"))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(path).isEqualTo(400);
        }
    }

    @Test
    void everyStateChangingRouteNeedsTheToken() throws Exception {
        List<String> checked = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (!CHANGING.contains(method)) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    if (ONE_CLICK_UNSUBSCRIBE.contains(pattern)) {
                        continue;
                    }
                    String path = pattern.replaceAll("\\{[^}]+}", "1");
                    for (String actor : List.of("admin", "reader")) {
                        int status = mvc.perform(request(HttpMethod.valueOf(method.name()), path)
                                        .with(TestUsers.asDemo(users, actor)))
                                .andReturn().getResponse().getStatus();
                        assertThat(status).as(method + " " + path + " as " + actor).isEqualTo(403);
                    }
                    checked.add(method + " " + path);
                }
            }
        }
        assertThat(checked).contains("POST /gate/1/agreement", "POST /signup");
        int anonymous = mvc.perform(request(HttpMethod.POST, "/signup")).andReturn().getResponse().getStatus();
        assertThat(anonymous).isEqualTo(403);
    }
}
