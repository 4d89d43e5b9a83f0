package com.hcpress.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Spring Security's saved request, as by default: the request that sent a visitor to sign in is
 * taken up again only on a request carrying the {@code continue} parameter. Spring parses every
 * query string into a URI to look for it; a query string that does not even contain the word
 * cannot carry it, so it is passed by at once.
 */
final class ContinueRequestCache extends HttpSessionRequestCache {

    private static final String PARAMETER = "continue";

    ContinueRequestCache() {
        setMatchingRequestParameterName(PARAMETER);
    }

    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        if (query == null || !query.contains(PARAMETER)) {
            return null;
        }
        return super.getMatchingRequest(request, response);
    }
}
