package com.hcpress.shared.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.View;

/**
 * {@code @PathVariable String} arguments taken as the route matched them, as Spring's own resolver
 * does, without its type conversion from text to the same text: that conversion makes a data
 * binder and looks up a converter by annotated type descriptors for every such argument of every
 * request (a slug on each article, comment and zone route). Other types, and text with a binder
 * editor of its own (none registered), are left to Spring. Registered ahead of Spring's resolvers
 * by {@link TextArgumentsConfiguration}.
 */
final class TextPathVariables implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == String.class && parameter.hasParameterAnnotation(PathVariable.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) throws Exception {
        PathVariable annotation = parameter.getParameterAnnotation(PathVariable.class);
        String name = !annotation.name().isEmpty() ? annotation.name()
                : !annotation.value().isEmpty() ? annotation.value() : parameter.getParameterName();
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        String value = variables == null ? null : variables.get(name);
        if (value == null) {
            if (annotation.required()) {
                throw new MissingPathVariableException(name, parameter);
            }
            return null;
        }
        // As Spring's resolver: a redirect view may expand the path's variables again.
        @SuppressWarnings("unchecked")
        Map<String, Object> forViews = (Map<String, Object>) request.getAttribute(View.PATH_VARIABLES,
                RequestAttributes.SCOPE_REQUEST);
        if (forViews == null) {
            forViews = new HashMap<>();
            request.setAttribute(View.PATH_VARIABLES, forViews, RequestAttributes.SCOPE_REQUEST);
        }
        forViews.put(name, value);
        return value;
    }
}
