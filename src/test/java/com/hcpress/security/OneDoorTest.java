package com.hcpress.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletContextInitializerBeans;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;

import com.hcpress.support.HcpressIntegrationTest;

/**
 * One door: every request passes Spring Security's chain, and no filter the container runs ahead
 * of it answers a request. Each filter registered before the chain, in the container's order, is
 * given requests of every shape that once had an early answer (an article page, oversized
 * uploads and API bodies, a bad bearer token, an image); each must pass every one on, untouched.
 */
@HcpressIntegrationTest
class OneDoorTest {

    private static final String SECURITY_CHAIN = "springSecurityFilterChain";

    @Autowired
    ListableBeanFactory beans;

    @Autowired
    FilterChainProxy securityChain;

    @Test
    void noFilterAheadOfTheSecurityChainAnswersARequest() throws Exception {
        List<Filter> ahead = filtersAheadOfTheSecurityChain();
        assertThat(ahead).as("the session filter at least runs ahead of the security chain").isNotEmpty();

        List<String> answered = new ArrayList<>();
        for (Filter filter : ahead) {
            for (Map.Entry<String, Supplier<MockHttpServletRequest>> request : requests().entrySet()) {
                MockHttpServletResponse response = new MockHttpServletResponse();
                AtomicInteger passedOn = new AtomicInteger();
                filter.doFilter(request.getValue().get(), response, (req, res) -> passedOn.incrementAndGet());
                if (passedOn.get() != 1 || response.isCommitted() || response.getStatus() != 200
                        || response.getContentAsByteArray().length > 0 || response.getRedirectedUrl() != null) {
                    answered.add(filter.getClass().getName() + " answered " + request.getKey());
                }
            }
        }
        assertThat(answered).isEmpty();
    }

    @Test
    void requestChecksRunInsideTheSecurityChainBeforeTheCsrfCheck() {
        List<String> inChain = securityChain.getFilterChains().get(0).getFilters().stream()
                .map(filter -> filter.getClass().getSimpleName()).toList();

        assertThat(inChain).contains("RequestChecksFilter", "CsrfFilter", "AuthorizationFilter");
        assertThat(inChain.indexOf("RequestChecksFilter")).isLessThan(inChain.indexOf(CsrfFilter.class.getSimpleName()));
        assertThat(inChain.indexOf("SecurityContextHolderFilter")).isLessThan(inChain.indexOf("RequestChecksFilter"));
        assertThat(inChain.indexOf("HeaderWriterFilter")).isLessThan(inChain.indexOf("RequestChecksFilter"));
    }

    /** The filters the container runs before the security chain, in its order; fails if there is no chain. */
    private List<Filter> filtersAheadOfTheSecurityChain() {
        List<Filter> ahead = new ArrayList<>();
        for (ServletContextInitializer initializer : new ServletContextInitializerBeans(beans)) {
            if (!(initializer instanceof AbstractFilterRegistrationBean<?> registration) || !registration.isEnabled()) {
                continue;
            }
            if (registration instanceof DelegatingFilterProxyRegistrationBean
                    && SECURITY_CHAIN.equals(registration.getFilterName())) {
                return ahead;
            }
            ahead.add(registration instanceof DelegatingFilterProxyRegistrationBean
                    ? beans.getBean(registration.getFilterName(), Filter.class) : registration.getFilter());
        }
        throw new AssertionError("no " + SECURITY_CHAIN + " among the container's filters");
    }

    private static Map<String, Supplier<MockHttpServletRequest>> requests() {
        return Map.of(
                "an article page with a session cookie", () -> {
                    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/articles/tace-haic-2025-review");
                    request.setCookies(new Cookie("SESSION", "bm90LWEtc2Vzc2lvbg"));
                    return request;
                },
                "an oversized editor upload", () -> upload("/editor/images"),
                "an oversized profile upload", () -> upload("/verification/profile"),
                "an oversized API body with a bad bearer token", () -> {
                    MockHttpServletRequest request = new MockHttpServletRequest("POST",
                            "/api/v1/articles/tace-haic-2025-review/comments");
                    request.setContentType("application/json");
                    request.addHeader("Content-Length", 50_000_000);
                    request.addHeader("Authorization", "Bearer not-a-token");
                    request.setContent(new byte[16]);
                    return request;
                },
                "an image", () -> new MockHttpServletRequest("GET", "/images/1"),
                "a style sheet", () -> new MockHttpServletRequest("GET", "/css/app.css"));
    }

    private static MockHttpServletRequest upload(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("multipart/form-data; boundary=x");
        request.addHeader("Content-Length", 50_000_000);
        request.setContent("--x--\r\n".getBytes());
        return request;
    }
}
