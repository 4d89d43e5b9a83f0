package com.hcpress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.bind.support.DefaultDataBinderFactory;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;

/** Our reading of {@code @RequestParam String} gives what Spring's own resolver gives, request by request. */
class TextRequestParametersTest {

    private final TextRequestParameters ours = new TextRequestParameters();
    private final RequestParamMethodArgumentResolver spring = new RequestParamMethodArgumentResolver(null, false);
    private final WebDataBinderFactory binders = binders();

    @SuppressWarnings("unused")
    void route(@RequestParam String q, @RequestParam(name = "style", required = false) String style,
               @RequestParam(defaultValue = "zh") String lang, @RequestParam("n") long number,
               @RequestParam(defaultValue = "${hcpress.x:y}") String placeholder) {
    }

    @Test
    void takesTextOnlyAndLeavesPlaceholdersAndOtherTypesToSpring() throws Exception {
        assertThat(ours.supportsParameter(parameter(0))).isTrue();
        assertThat(ours.supportsParameter(parameter(2))).isTrue();
        assertThat(ours.supportsParameter(parameter(3))).isFalse();
        assertThat(ours.supportsParameter(parameter(4))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "q=肝癌", "q=", "q=a&q=b", "q=a&q=&q=c", "style=apa", "style=", "style=x&style=y",
            "lang=en", "lang=", "lang=a&lang=b", "q=x&style=vancouver&lang=en"})
    void everyArgumentIsWhatSpringWouldGive(String query) throws Exception {
        for (int index : new int[] {0, 1, 2}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
            request.setQueryString(query);
            for (String pair : query.split("&")) {
                if (!pair.isEmpty()) {
                    request.addParameter(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
            }
            assertThat(outcome(ours, index, request)).as("%s for %s", parameter(index).getParameterName(), query)
                    .isEqualTo(outcome(spring, index, request));
        }
    }

    @Test
    void aMissingRequiredParameterIsSpringsBadRequest() {
        ServletWebRequest web = new ServletWebRequest(new MockHttpServletRequest("GET", "/search"));
        assertThatThrownBy(() -> ours.resolveArgument(parameter(0), null, web, binders))
                .isInstanceOf(MissingServletRequestParameterException.class)
                .hasMessageContaining("'q'");
    }

    private List<Object> outcome(org.springframework.web.method.support.HandlerMethodArgumentResolver resolver,
                                 int index, MockHttpServletRequest request) {
        List<Object> outcome = new ArrayList<>();
        try {
            outcome.add(resolver.resolveArgument(parameter(index), null, new ServletWebRequest(request), binders));
        } catch (Exception e) {
            outcome.add(e.getClass());
            outcome.add(e.getMessage());
        }
        return outcome;
    }

    private static WebDataBinderFactory binders() {
        ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
        initializer.setConversionService(new DefaultFormattingConversionService());
        return new DefaultDataBinderFactory(initializer);
    }

    private static MethodParameter parameter(int index) throws NoSuchMethodException {
        Method route = TextRequestParametersTest.class.getDeclaredMethod("route", String.class, String.class,
                String.class, long.class, String.class);
        MethodParameter parameter = new MethodParameter(route, index);
        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        return parameter;
    }
}
