package com.hcpress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import com.hcpress.support.HcpressIntegrationTest;

/**
 * Passing over routes by their first segment changes no answer: every route is still found at its
 * own address, and whatever route is found there matches the request by Spring's own conditions.
 */
@HcpressIntegrationTest
class FirstSegmentHandlerMappingTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    List<HandlerMapping> everyMapping;

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "/articles/{slug}, articles", "/api/v1/articles/{slug}/**, api", "/zones, zones",
            "/, null", "/{slug}, null", "/**, null", "/favicon*, null", "/x{id}/more, null", "'', null"})
    void aFixedFirstSegmentIsTakenFromThePattern(String pattern, String expected) {
        assertThat(FirstSegmentHandlerMapping.fixedFirstSegment(pattern)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "/, 0", "/articles, 1", "/articles/{slug}, 2", "/articles/{slug}/references/{number}.bib, 4",
            "/articles/{slug}/, 2", "/api/v1/articles/{slug}/**, -1", "/files/{*path}, -1", "/x/{id:[0-9]+}, -1",
            "relative/path, -1"})
    void aPatternNeedsAFixedNumberOfSegmentsUnlessItSpansSeveral(String pattern, int expected) {
        assertThat(FirstSegmentHandlerMapping.patternSegments(pattern)).isEqualTo(expected);
    }

    @Test
    void theApplicationLooksUpRoutesByTheirFirstSegment() {
        assertThat(mappings).isInstanceOf(FirstSegmentHandlerMapping.class);
        // Nearly every route starts with a fixed segment (the home page does not).
        assertThat(((FirstSegmentHandlerMapping) mappings).indexedRoutes())
                .isGreaterThan(mappings.getHandlerMethods().size() * 9 / 10);
    }

    @Test
    void everyRouteIsFoundAtItsOwnAddressByItsOwnConditions() throws Exception {
        int checked = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> route : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = route.getKey();
            if (info.getPathPatternsCondition() == null || !info.getParamsCondition().isEmpty()
                    || !info.getHeadersCondition().isEmpty() || !info.getConsumesCondition().isEmpty()) {
                continue;
            }
            String method = info.getMethodsCondition().getMethods().stream().findFirst()
                    .map(RequestMethod::name).orElse("GET");
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                MockHttpServletRequest request = request(method, sample(pattern));
                HandlerExecutionChain found = mappings.getHandler(request);
                assertThat(found).as("%s %s", method, pattern).isNotNull();
                HandlerMethod handler = (HandlerMethod) found.getHandler();
                if (!handler.getMethod().equals(route.getValue().getMethod())) {
                    // A more specific route won (a literal beside a variable): it must match by itself.
                    RequestMappingInfo winner = mappings.getHandlerMethods().entrySet().stream()
                            .filter(other -> other.getValue().getMethod().equals(handler.getMethod()))
                            .map(Map.Entry::getKey)
                            .filter(other -> other.getMatchingCondition(request(method, sample(pattern))) != null)
                            .findFirst().orElse(null);
                    assertThat(winner).as("%s %s went to %s", method, pattern, handler).isNotNull();
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void anArticleAddressGoesToTheArticlePage() throws Exception {
        HandlerExecutionChain found = mappings.getHandler(request("GET", "/articles/some-article"));
        assertThat(found).isNotNull();
        assertThat(((HandlerMethod) found.getHandler()).getMethod().getName()).isEqualTo("article");
        assertThat(mappings.getHandler(request("GET", "/nothing-here/at-all"))).isNull();
    }

    @Test
    void aRouteAskedWithAnotherMethodIsRefusedAsSpringRefusesIt() {
        assertThatThrownBy(() -> mappings.getHandler(request("DELETE", "/articles/some-article")))
                .isInstanceOf(HttpRequestMethodNotSupportedException.class);
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    /** A concrete address for a pattern: every variable and wildcard becomes a plain segment. */
    private static String sample(String pattern) {
        String path = pattern.replaceAll("\\{\\*[^}]+}", "x1").replaceAll("\\{[^}]+}", "1")
                .replace("**", "x1").replace("*", "x1");
        return path.isEmpty() ? "/" : path;
    }

    @Test
    void theApplicationsRoutesAreAskedBeforeAnyOtherMapping() {
        assertThat(everyMapping).hasSizeGreaterThan(1).filteredOn(mapping -> mapping != mappings)
                .allSatisfy(other -> assertThat(AnnotationAwareOrderComparator.INSTANCE.compare(mappings, other))
                        .as("%s is asked after the application's routes", other.getClass().getSimpleName())
                        .isNegative());
    }

    /** Asked first, the application's routes must leave Actuator's paths to Actuator. */
    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/prometheus"})
    void noApplicationRouteClaimsAnActuatorPath(String path) {
        PathContainer actuatorPath = PathContainer.parsePath(path);
        assertThat(mappings.getHandlerMethods().keySet())
                .noneMatch(info -> info.getPathPatternsCondition() != null
                        && info.getPathPatternsCondition().getPatterns().stream()
                                .anyMatch(pattern -> pattern.matches(actuatorPath)));
    }
}
