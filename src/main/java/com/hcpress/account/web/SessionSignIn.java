package com.hcpress.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.shared.web.LocalPath;

/**
 * Signs a user in from a controller (after a sign-up or sign-in code), as the sign-in form does:
 * a new session id (so a session id planted before sign-in is worth nothing), the security context
 * saved in the session, and the device noted for the sessions page.
 */
@Component
class SessionSignIn {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    void signIn(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) == null) {
            request.getSession(true);
        } else {
            request.changeSessionId();
        }
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        authentication.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        SessionDevice.record(request);
    }

    /**
     * Where to go once signed in: {@code next} if it is a path on this site, else the page that sent
     * the visitor to sign in (remembered by the security filters), else the home page.
     */
    String next(String next, HttpServletRequest request, HttpServletResponse response) {
        if (next != null && LocalPath.orDefault(next, null) != null) {
            return next;
        }
        SavedRequest saved = savedRequests.getRequest(request, response);
        if (saved != null) {
            java.net.URI uri = java.net.URI.create(saved.getRedirectUrl());
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return LocalPath.orDefault(path, "/");
        }
        return "/";
    }

    /** Forgets the page remembered for after sign-in, once it was used. */
    void forgetNext(HttpServletRequest request, HttpServletResponse response) {
        savedRequests.removeRequest(request, response);
    }

    static HttpSession session(HttpServletRequest request) {
        return request.getSession(true);
    }
}
