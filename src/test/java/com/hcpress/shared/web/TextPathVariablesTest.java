package com.hcpress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.View;

class TextPathVariablesTest {

    private final TextPathVariables resolver = new TextPathVariables();

    @SuppressWarnings("unused")
    void route(@PathVariable String slug, @PathVariable("id") String named, @PathVariable long number,
               @PathVariable(required = false) String optional) {
    }

    @Test
    void takesTextVariablesAsTheRouteMatchedThemAndLeavesOtherTypesToSpring() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("slug", "肝癌-review", "id", "7"));
        ServletWebRequest web = new ServletWebRequest(request);

        assertThat(resolver.supportsParameter(parameter(2))).isFalse();
        assertThat(resolver.resolveArgument(parameter(0), null, web, null)).isEqualTo("肝癌-review");
        assertThat(resolver.resolveArgument(parameter(1), null, web, null)).isEqualTo("7");
        assertThat(resolver.resolveArgument(parameter(3), null, web, null)).isNull();
        assertThat(request.getAttribute(View.PATH_VARIABLES)).isEqualTo(Map.of("slug", "肝癌-review", "id", "7"));
    }

    @Test
    void aRequiredVariableTheRouteDidNotMatchIsSpringsMissingVariable() {
        ServletWebRequest web = new ServletWebRequest(new MockHttpServletRequest());
        assertThatThrownBy(() -> resolver.resolveArgument(parameter(0), null, web, null))
                .isInstanceOf(MissingPathVariableException.class);
    }

    private static MethodParameter parameter(int index) throws NoSuchMethodException {
        Method route = TextPathVariablesTest.class.getDeclaredMethod("route", String.class, String.class, long.class,
                String.class);
        MethodParameter parameter = new MethodParameter(route, index);
        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
        return parameter;
    }
}
