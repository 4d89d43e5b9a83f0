package com.hcpress.shared.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping of requests to controller methods, with the routes indexed by the first
 * segment of their paths. Spring tries a path with a variable ({@code /articles/{slug}}) against
 * every route, over two hundred, each asking the request for its method and attributes through the
 * wrappers of the security chain: about a seventh of the cost of a kept article page. Here only the
 * routes whose paths start with the request's first segment, and those that may start with
 * anything (a variable, a wildcard, the root), are tried, ranked by Spring's own comparator; a
 * route whose patterns need another number of segments than the path has is passed over unmatched.
 * Whenever the answer is not one clear best route (no route, two of equal rank, a CORS preflight),
 * the path is one Spring finds directly (no variable), or the routes changed after start-up,
 * Spring's own look-up decides, so its
 * errors (404, 405, 406, 415) and its refusals of ambiguous routes stay as they are.
 */
final class FirstSegmentHandlerMapping extends RequestMappingHandlerMapping {

    /**
     * A route and its method, with the number of path segments every one of its patterns needs
     * ({@link #ANY_LENGTH} when a pattern may match paths of different lengths, or they differ).
     */
    private record Route(RequestMappingInfo info, HandlerMethod handler, int segments) {
    }

    static final int ANY_LENGTH = -1;

    /** A route that matched, with the conditions as they matched this request. */
    private record Matched(RequestMappingInfo matched, HandlerMethod handler) {
    }

    /** Routes by fixed first segment, and under "" those that may start with anything; null: not indexed. */
    private volatile Map<String, List<Route>> routes;
    /** Paths without variables or wildcards: Spring finds them by a look-up of its own and tries them first. */
    private volatile Set<String> directPaths = Set.of();

    @Override
    public void afterPropertiesSet() {
        super.afterPropertiesSet();
        Map<RequestMappingInfo, HandlerMethod> handlerMethods = getHandlerMethods();
        Set<String> direct = new HashSet<>();
        handlerMethods.keySet().forEach(info -> direct.addAll(info.getDirectPaths()));
        directPaths = Set.copyOf(direct);
        routes = index(handlerMethods);
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        routes = null;
        super.registerMapping(mapping, handler, method);
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        routes = null;
        super.unregisterMapping(mapping);
    }

    /** How many routes are tried only for their own first segment. */
    int indexedRoutes() {
        Map<String, List<Route>> index = routes;
        return index == null ? 0 : index.entrySet().stream()
                .filter(entry -> !entry.getKey().isEmpty()).mapToInt(entry -> entry.getValue().size()).sum();
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        Map<String, List<Route>> index = routes;
        String first = index == null || directPaths.contains(lookupPath) || CorsUtils.isPreFlightRequest(request)
                ? null : requestFirstSegment(request);
        if (first == null) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        PathContainer path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication();
        List<Matched> matches = new ArrayList<>(2);
        addMatches(index.getOrDefault(first, List.of()), path, matches, request);
        addMatches(index.getOrDefault("", List.of()), path, matches, request);
        if (matches.isEmpty()) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        Matched best = matches.get(0);
        if (matches.size() > 1) {
            Comparator<RequestMappingInfo> ranking = getMappingComparator(request);
            matches.sort((a, b) -> ranking.compare(a.matched(), b.matched()));
            best = matches.get(0);
            if (ranking.compare(best.matched(), matches.get(1).matched()) == 0) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
        }
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, best.handler());
        handleMatch(best.matched(), lookupPath, request);
        return best.handler();
    }

    private void addMatches(List<Route> candidates, PathContainer path, List<Matched> matches,
                            HttpServletRequest request) {
        RequestMethod method = RequestMethod.resolve(request.getMethod());
        int segments = segments(path);
        for (Route route : candidates) {
            if (refusesMethod(route.info(), method)
                    || segments != ANY_LENGTH && route.segments() != ANY_LENGTH && route.segments() != segments
                    || refusesPath(route.info(), path)) {
                continue;
            }
            RequestMappingInfo matched = getMatchingMapping(route.info(), request);
            if (matched != null) {
                matches.add(new Matched(matched, route.handler()));
            }
        }
    }

    /**
     * Whether the route's methods leave out the request's, as its method condition would decide
     * (a HEAD request is a GET's), asked of the request once rather than once per route through
     * every request wrapper.
     */
    private static boolean refusesMethod(RequestMappingInfo info, RequestMethod method) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return method != null && !methods.isEmpty() && !methods.contains(method)
                && !(method == RequestMethod.HEAD && methods.contains(RequestMethod.GET));
    }

    /**
     * Whether none of the route's path patterns matches the path, as its pattern condition would
     * decide; tried before the conditions on headers and media types, which Spring tries first.
     */
    private static boolean refusesPath(RequestMappingInfo info, PathContainer path) {
        PathPatternsRequestCondition paths = info.getPathPatternsCondition();
        if (paths == null || paths.getPatterns().isEmpty()) {
            return false;
        }
        for (PathPattern pattern : paths.getPatterns()) {
            if (pattern.matches(path)) {
                return false;
            }
        }
        return true;
    }

    private Map<String, List<Route>> index(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
        Map<String, List<Route>> index = new HashMap<>();
        handlerMethods.forEach((info, handler) -> {
            for (String first : firstSegments(info.getPathPatternsCondition())) {
                index.computeIfAbsent(first, key -> new ArrayList<>())
                        .add(new Route(info, handler, segments(info.getPathPatternsCondition())));
            }
        });
        Map<String, List<Route>> frozen = new HashMap<>();
        index.forEach((first, list) -> frozen.put(first, List.copyOf(list)));
        return Map.copyOf(frozen);
    }

    /**
     * How many segments a path must have for each of the patterns to match it, or {@link #ANY_LENGTH}.
     * A pattern matches segment by segment: only {@code **} and {@code {*name}} span several.
     */
    private static int segments(PathPatternsRequestCondition paths) {
        if (paths == null || paths.getPatterns().isEmpty()) {
            return ANY_LENGTH;
        }
        int segments = ANY_LENGTH;
        for (PathPattern pattern : paths.getPatterns()) {
            int count = patternSegments(pattern.getPatternString());
            if (count == ANY_LENGTH || segments != ANY_LENGTH && count != segments) {
                return ANY_LENGTH;
            }
            segments = count;
        }
        return segments;
    }

    static int patternSegments(String pattern) {
        // A regular expression in a variable ({name:...}) may hold a slash: left to the pattern.
        if (pattern.contains("**") || pattern.contains("{*") || pattern.indexOf(':') >= 0 || !pattern.startsWith("/")
                || pattern.contains("//")) {
            return ANY_LENGTH;
        }
        int count = 0;
        for (String part : pattern.split("/")) {
            if (!part.isEmpty()) {
                count++;
            }
        }
        return count;
    }

    /** The path's segments, or {@link #ANY_LENGTH} when one is empty ({@code //}), which is left to the patterns. */
    private static int segments(PathContainer path) {
        int count = 0;
        for (PathContainer.Element element : path.elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                if (segment.value().isEmpty()) {
                    return ANY_LENGTH;
                }
                count++;
            }
        }
        return count;
    }

    /** The fixed first segments of a route's paths, or [""] when one of them may start with anything. */
    private List<String> firstSegments(PathPatternsRequestCondition paths) {
        if (paths == null || paths.getPatterns().isEmpty()) {
            return List.of("");
        }
        List<String> segments = new ArrayList<>();
        for (PathPattern pattern : paths.getPatterns()) {
            String first = fixedFirstSegment(pattern.getPatternString());
            if (first == null) {
                return List.of("");
            }
            if (!segments.contains(normalised(first))) {
                segments.add(normalised(first));
            }
        }
        return segments;
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

    /** The first segment of the request's path within the application, as patterns match it; null when it has none. */
    private String requestFirstSegment(HttpServletRequest request) {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            return null;
        }
        List<PathContainer.Element> elements =
                ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().elements();
        if (elements.size() < 2 || !(elements.get(1) instanceof PathContainer.PathSegment segment)
                || segment.valueToMatch().isEmpty()) {
            return null;
        }
        return normalised(segment.valueToMatch());
    }

    private String normalised(String segment) {
        return getPatternParser() == null || getPatternParser().isCaseSensitive()
                ? segment : segment.toLowerCase(Locale.ROOT);
    }
}
