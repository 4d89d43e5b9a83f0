package com.hcpress.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.mock.web.MockHttpServletResponse;

/** What every answer must carry, whoever asked and whatever the status. */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static List<String> problems(MockHttpServletResponse response) {
        List<String> problems = new ArrayList<>();
        String csp = response.getHeader("Content-Security-Policy");
        if (csp == null || !csp.contains("frame-ancestors 'none'") || csp.contains("unsafe-inline")
                || !csp.contains("script-src 'self'")) {
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
        if ((html || json) && (cache == null || !cache.contains("no-store"))) {
            problems.add("Cache-Control of a page is " + cache);
        }
        // Anything else (images, photos) may be kept by the user's own browser, never by a shared cache.
        if (!html && !json && response.getStatus() == 200 && (cache == null
                || !(cache.contains("no-store") || cache.contains("private")))) {
            problems.add("Cache-Control of a " + response.getContentType() + " answer is " + cache);
        }
        return problems;
    }
}
