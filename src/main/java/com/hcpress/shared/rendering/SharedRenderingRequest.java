package com.hcpress.shared.rendering;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The request as a page shared between readers is rendered from: it carries a mark instead of the
 * reader's CSRF token (filled in per response, see {@link PageTemplate}) and no parameters, so that
 * nothing one reader sent (a search box value, say) is kept for the others.
 */
final class SharedRenderingRequest extends HttpServletRequestWrapper {

    private static final String CSRF_ATTRIBUTE = "_csrf";

    private final CsrfToken markedToken;

    SharedRenderingRequest(HttpServletRequest request, String csrfMark) {
        super(request);
        CsrfToken real = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        this.markedToken = real == null ? null : new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), csrfMark);
    }

    @Override
    public Object getAttribute(String name) {
        if (markedToken != null && (CSRF_ATTRIBUTE.equals(name) || CsrfToken.class.getName().equals(name))) {
            return markedToken;
        }
        return super.getAttribute(name);
    }

    @Override
    public String getParameter(String name) {
        return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
        return null;
    }

    @Override
    public String getQueryString() {
        return null;
    }
}
