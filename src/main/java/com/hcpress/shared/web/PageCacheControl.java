package com.hcpress.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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

    private static final RequestMatcher READING_PAGES = readingPages("/", "/zones/**", "/articles/*",
            "/articles/*/comments", "/studies/**", "/clinical", "/clinical/**", "/search",
            // Loaded by those pages with htmx: a no-store answer there keeps the page out of the back-forward cache too.
            "/search/suggestions", "/notifications/bell");

    private final HeaderWriter noStore = new CacheControlHeadersWriter();

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader(HttpHeaders.CACHE_CONTROL) || response.getStatus() == HttpStatus.NOT_MODIFIED.value()) {
            return;
        }
        if (READING_PAGES.matches(request)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, READING_PAGE);
        } else {
            noStore.writeHeaders(request, response);
        }
    }

    private static RequestMatcher readingPages(String... patterns) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher[] matchers = new RequestMatcher[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            matchers[i] = paths.matcher(HttpMethod.GET, patterns[i]);
        }
        return new OrRequestMatcher(matchers);
    }
}
