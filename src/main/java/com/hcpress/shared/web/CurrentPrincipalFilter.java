package com.hcpress.shared.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Inside the security filter chain, after the session or bearer token has named the user: the
 * request acts as the account is now, not as it was at sign-in. A revoked session is ended and the
 * request goes on unauthenticated (so a gated page sends to sign-in, the API answers 401); a
 * revoked bearer token is a 401. The principal put in its place is for this request only and is
 * not written back to the session.
 */
final class CurrentPrincipalFilter extends OncePerRequestFilter {

    private final CurrentPrincipals principals;

    CurrentPrincipalFilter(CurrentPrincipals principals) {
        this.principals = principals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication stored = SecurityContextHolder.getContext().getAuthentication();
        if (stored == null || stored instanceof AnonymousAuthenticationToken || !stored.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserDetails> current = principals.current(stored.getPrincipal());
        if (current.isEmpty()) {
            SecurityContextHolder.clearContext();
            if (BearerTokenFilter.BEARER_API_REQUEST.matches(request)) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"The access token is not valid any more.\"}");
                return;
            }
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            chain.doFilter(request, response);
            return;
        }
        UsernamePasswordAuthenticationToken fresh = UsernamePasswordAuthenticationToken.authenticated(
                current.get(), null, current.get().getAuthorities());
        fresh.setDetails(stored.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(fresh);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
