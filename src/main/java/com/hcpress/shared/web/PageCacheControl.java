package com.hcpress.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The {@code Cache-Control} of answers that set none themselves. The reading pages (home, zones,
 * articles, studies, clinical tools, search, and what they load with htmx) get {@code private, no-cache}: no shared cache may keep
 * them, the browser asks the server again before reusing its copy, and the back-forward cache may
 * keep the page, which {@code no-store} forbids. Everything else keeps Spring Security's
 * {@code no-store}: forms, the gate's steps, the account, the back office, the API. Why this is safe
 * for gated pages: docs/security.md, "Caching of pages".
 */
final class PageCacheControl implements HeaderWriter {

    static final String READING_PAGE = "private, no-cache";

    private static final List<PathPattern> READING_PAGES = Stream.of("/", "/zones/**", "/articles/*",
            "/articles/*/comments", "/studies/**", "/clinical", "/clinical/**", "/search",
            // Loaded by those pages with htmx: a no-store answer there keeps the page out of the back-forward cache too.
            "/search/suggestions", "/notifications/bell").map(PathPatternParser.defaultInstance::parse).toList();

    private final HeaderWriter noStore = new CacheControlHeadersWriter();

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader(HttpHeaders.CACHE_CONTROL) || response.getStatus() == HttpStatus.NOT_MODIFIED.value()) {
            return;
        }
        if (isReadingPage(request)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, READING_PAGE);
        } else {
            noStore.writeHeaders(request, response);
        }
    }

    /**
     * A GET of a reading page. The path is the one the security chain parsed for its own rules;
     * matched once here rather than through one request matcher per pattern.
     */
    static boolean isReadingPage(HttpServletRequest request) {
        if (!HttpMethod.GET.matches(request.getMethod())) {
            return false;
        }
        PathContainer path = (ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request)
                : ServletRequestPathUtils.parse(request)).pathWithinApplication();
        for (PathPattern pattern : READING_PAGES) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
