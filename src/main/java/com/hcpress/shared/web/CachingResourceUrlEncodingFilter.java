package com.hcpress.shared.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's {@link ResourceUrlEncodingFilter} (which gives {@code /css/app.css} its content-hash
 * name), for the static files only, and answered from memory after the first time. Spring resolves
 * every link a template writes against the static resource locations, so each ordinary link
 * ({@code /articles/...}, a comment cursor, a search) probed the class path on every request: on
 * pages with many links most of the time went there. Here a link is sent to the resource chain only
 * when it starts with one of the versioned prefixes ({@link #VERSIONED}, the same paths as
 * {@code spring.web.resources.chain.strategy.content.paths}); every other link goes to the response
 * untouched and never enters the cache. The static resources are inside the build, so an answer
 * never changes while the application runs; the cache is bounded all the same.
 */
class CachingResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

    static final int MAX_ENTRIES = 1_000;

    /** Links that name a content-versioned static file (after the context path). */
    static final List<String> VERSIONED = List.of("/css/", "/js/", "/webjars/", "/favicon.", "/apple-touch-icon.png",
            "/icon-", "/manifest.webmanifest");

    private final Cache<String, String> encoded = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).recordStats().build();

    Cache<String, String> cache() {
        return encoded;
    }

    static boolean versioned(String url, String contextPath) {
        if (!url.startsWith(contextPath)) {
            return false;
        }
        for (String prefix : VERSIONED) {
            if (url.startsWith(prefix, contextPath.length())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request instanceof HttpServletRequest httpRequest) || !(response instanceof HttpServletResponse plain)) {
            throw new ServletException("ResourceUrlEncodingFilter only supports HTTP requests");
        }
        String contextPath = httpRequest.getContextPath();
        super.doFilter(request, response, (req, resolving) ->
                chain.doFilter(req, new Remembering((HttpServletResponse) resolving, plain, contextPath)));
    }

    private final class Remembering extends HttpServletResponseWrapper {

        private final HttpServletResponse plain;
        private final String contextPath;

        Remembering(HttpServletResponse resolving, HttpServletResponse plain, String contextPath) {
            super(resolving);
            this.plain = plain;
            this.contextPath = contextPath;
        }

        @Override
        public String encodeURL(String url) {
            if (url == null || !versioned(url, contextPath)) {
                return plain.encodeURL(url);
            }
            String known = encoded.getIfPresent(url);
            if (known != null) {
                return known;
            }
            String resolved = super.encodeURL(url);
            // A URL the container rewrote for one client (";jsessionid=") is that client's alone.
            if (resolved.indexOf(';') < 0) {
                encoded.put(url, resolved);
            }
            return resolved;
        }
    }
}
