package com.hcpress.shared.web;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping of requests to controller methods, which tries every route whose path has a
 * variable ({@code /articles/{slug}}) against each such request: over two hundred routes, each
 * asking the request for its method, parameters and headers through the wrappers of the security
 * chain, cost about a seventh of an article view. Here a route whose paths all start with a fixed
 * segment ({@code /articles/...}, {@code /api/...}) is passed over at once when the request's
 * first segment is another: such a route could never match it. Everything else, the choice among
 * the routes that do match included, is Spring's own.
 */
final class FirstSegmentHandlerMapping extends RequestMappingHandlerMapping {

    /** The first segment of the request being looked up, decoded as path patterns see it. */
    private static final ThreadLocal<String> REQUEST_FIRST_SEGMENT = new ThreadLocal<>();

    /** For each route with a fixed first segment in every path: those segments. Bounded by the routes. */
    private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        Set<String> segments = fixedFirstSegments(mapping.getPathPatternsCondition());
        if (segments != null) {
            firstSegments.put(mapping, segments);
        }
    }

    /** How many routes are passed over for a request with another first segment. */
    int indexedRoutes() {
        return firstSegments.size();
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String outer = REQUEST_FIRST_SEGMENT.get();
        REQUEST_FIRST_SEGMENT.set(requestFirstSegment(request));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            if (outer == null) {
                REQUEST_FIRST_SEGMENT.remove();
            } else {
                REQUEST_FIRST_SEGMENT.set(outer);
            }
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String first = REQUEST_FIRST_SEGMENT.get();
        if (first != null) {
            Set<String> segments = firstSegments.get(info);
            if (segments != null && !segments.contains(first)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    /** The first segment of the request's path within the application, or null when it has none. */
    private String requestFirstSegment(HttpServletRequest request) {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            return null;
        }
        List<PathContainer.Element> elements =
                ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().elements();
        if (elements.size() < 2 || !(elements.get(1) instanceof PathContainer.PathSegment segment)) {
            return null;
        }
        return normalised(segment.valueToMatch());
    }

    /**
     * The fixed first segments of every path of a route, or null when one path may start with
     * anything (a variable, a wildcard, the root).
     */
    private Set<String> fixedFirstSegments(PathPatternsRequestCondition paths) {
        if (paths == null || paths.getPatterns().isEmpty()) {
            return null;
        }
        Set<String> segments = new HashSet<>();
        for (PathPattern pattern : paths.getPatterns()) {
            String first = fixedFirstSegment(pattern.getPatternString());
            if (first == null) {
                return null;
            }
            segments.add(normalised(first));
        }
        return Set.copyOf(segments);
    }

    static String fixedFirstSegment(String pattern) {
        if (pattern.length() < 2 || pattern.charAt(0) != '/') {
            return null;
        }
        int end = pattern.indexOf('/', 1);
        String first = end < 0 ? pattern.substring(1) : pattern.substring(1, end);
        if (first.isEmpty() || first.indexOf('{') >= 0 || first.indexOf('*') >= 0 || first.indexOf('?') >= 0
                || first.indexOf('\\') >= 0 || first.indexOf(';') >= 0) {
            return null;
        }
        return first;
    }

    private String normalised(String segment) {
        return getPatternParser() == null || getPatternParser().isCaseSensitive()
                ? segment : segment.toLowerCase(Locale.ROOT);
    }
}
