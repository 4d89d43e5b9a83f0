package com.hcpress.shared.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** Runs every {@link RequestCheck} in the security chain; the first that answers ends the request. */
final class RequestChecksFilter extends OncePerRequestFilter {

    private final List<RequestCheck> checks;

    RequestChecksFilter(List<RequestCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (RequestCheck check : checks) {
            if (check.answered(request, response)) {
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
