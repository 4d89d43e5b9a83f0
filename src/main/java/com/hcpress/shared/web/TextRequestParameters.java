package com.hcpress.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.multipart.support.MultipartResolutionDelegate;

/**
 * {@code @RequestParam String} arguments read as Spring's own resolver reads them, without its type
 * conversion from text to the same text, which makes a data binder and looks up a converter for
 * every such argument of every request (the reference style on each article, a comment cursor, a
 * search). Several values are joined with commas, as Spring joins them; an empty value gives way to
 * the default; a missing required one is Spring's 400. Defaults with placeholders and multipart
 * requests are left to Spring, as is every other type. Registered ahead of Spring's resolvers by
 * {@link TextArgumentsConfiguration}.
 */
final class TextRequestParameters implements HandlerMethodArgumentResolver {

    /** For multipart requests, whose parameters Spring may take from their parts. */
    private final RequestParamMethodArgumentResolver spring = new RequestParamMethodArgumentResolver(null, false);

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        return annotation != null && parameter.getParameterType() == String.class
                && !annotation.defaultValue().contains("${") && !annotation.defaultValue().contains("#{");
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) throws Exception {
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
        if (servletRequest == null || MultipartResolutionDelegate.isMultipartRequest(servletRequest)) {
            return spring.resolveArgument(parameter, container, request, binders);
        }
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        String name = !annotation.name().isEmpty() ? annotation.name()
                : !annotation.value().isEmpty() ? annotation.value() : parameter.getParameterName();
        String defaultValue = ValueConstants.DEFAULT_NONE.equals(annotation.defaultValue()) ? null
                : annotation.defaultValue();
        String[] values = request.getParameterValues(name);
        String value = values == null ? null : values.length == 1 ? values[0] : String.join(",", values);
        if (value == null || value.isEmpty() && defaultValue != null) {
            if (defaultValue != null) {
                return defaultValue;
            }
            if (annotation.required()) {
                throw new MissingServletRequestParameterException(name, parameter, false);
            }
        }
        return value;
    }
}
