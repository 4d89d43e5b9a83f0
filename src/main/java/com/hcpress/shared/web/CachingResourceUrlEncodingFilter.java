package com.hcpress.shared.web;

import java.io.IOException;

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
 * name), answering each URL from memory after the first time. Spring resolves every link a
 * template writes against the static resource locations and remembers only the ones it finds, so
 * each ordinary link ({@code /articles/...}) probed the class path again on every request: on the
 * article page that was most of the time spent. The static resources are inside the build, so an
 * answer never changes while the application runs; the cache is bounded all the same, since links
 * with ids in them are many.
 */
class CachingResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

    static final int MAX_ENTRIES = 20_000;

    private final Cache<String, String> encoded = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).recordStats().build();

    Cache<String, String> cache() {
        return encoded;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request instanceof HttpServletRequest httpRequest) || !(response instanceof HttpServletResponse)) {
            throw new ServletException("ResourceUrlEncodingFilter only supports HTTP requests");
        }
        String contextPath = httpRequest.getContextPath();
        super.doFilter(request, response, (req, resolving) ->
                chain.doFilter(req, new Remembering((HttpServletResponse) resolving, contextPath)));
    }

    private final class Remembering extends HttpServletResponseWrapper {

        private final String contextPath;

        Remembering(HttpServletResponse resolving, String contextPath) {
            super(resolving);
            this.contextPath = contextPath;
        }

        @Override
        public String encodeURL(String url) {
            String key = contextPath + '\n' + url;
            String known = encoded.getIfPresent(key);
            if (known != null) {
                return known;
            }
            String resolved = super.encodeURL(url);
            // A URL the container rewrote for one client (";jsessionid=") is that client's alone.
            if (resolved.indexOf(';') < 0) {
                encoded.put(key, resolved);
            }
            return resolved;
        }
    }
}
