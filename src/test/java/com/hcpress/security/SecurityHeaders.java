package com.hcpress.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.AntPathMatcher;

/** What every answer must carry, whoever asked and whatever the status. */
final class SecurityHeaders {

    /**
     * Pages a reader goes back and forth between: the browser may keep them privately and must ask
     * again before reusing them ({@code private, no-cache}), so the back-forward cache can keep them.
     */
    private static final List<String> READING_PAGES = List.of("/", "/zones/**", "/articles/*",
            "/articles/*/comments", "/articles/*/comments/count", "/articles/*/related", "/studies/**", "/clinical", "/clinical/**", "/search", "/search/suggestions",
            "/notifications/bell");
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private SecurityHeaders() {
    }

    static List<String> problems(String path, MockHttpServletResponse response) {
        List<String> problems = new ArrayList<>();
        String route = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String csp = response.getHeader("Content-Security-Policy");
        // The WeChat export's preview shows the inline styles WeChat needs; scripts stay 'self' there too.
        boolean inlineStyles = PATHS.match("/editor/articles/*/wechat", route);
        if (csp == null || !csp.contains("frame-ancestors 'none'") || !csp.contains("script-src 'self'")
                || directive(csp, "script-src").contains("unsafe-inline")
                || (!inlineStyles && csp.contains("unsafe-inline"))) {
            problems.add("Content-Security-Policy is " + csp);
        }
        if (!"nosniff".equals(response.getHeader("X-Content-Type-Options"))) {
            problems.add("X-Content-Type-Options missing");
        }
        if (response.getHeader("Referrer-Policy") == null) {
            problems.add("Referrer-Policy missing");
        }
        String cache = response.getHeader("Cache-Control");
        boolean html = response.getContentType() != null && response.getContentType().startsWith("text/html");
        boolean json = response.getContentType() != null && response.getContentType().contains("json");
        // Each reader's own bookmark and follow buttons are never kept, even privately.
        boolean readingPage = READING_PAGES.stream().anyMatch(pattern -> PATHS.match(pattern, route))
                && !route.endsWith("/reader-actions");
        if ((html || json) && readingPage && (cache == null || !cache.contains("private") || !cache.contains("no-cache"))) {
            problems.add("Cache-Control of a reading page is " + cache);
        }
        if ((html || json) && !readingPage && (cache == null || !cache.contains("no-store"))) {
            problems.add("Cache-Control of a page is " + cache);
        }
        // Anything else (images, photos) may be kept by the user's own browser, never by a shared cache.
        if (!html && !json && response.getStatus() == 200 && (cache == null
                || !(cache.contains("no-store") || cache.contains("private")))) {
            problems.add("Cache-Control of a " + response.getContentType() + " answer is " + cache);
        }
        return problems;
    }

    private static String directive(String csp, String name) {
        for (String directive : csp.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive;
            }
        }
        return "";
    }
}
