package com.hcpress.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outermost around every request, it answers nothing itself: the request goes through security
 * and the application as always. Only when something down the line fails because the request's
 * parameters cannot be decoded (Tomcat reads them lazily, wherever the first one is asked for) does
 * it turn that failure into a 400, rendered by the error page, with one WARN line instead of the
 * container's ERROR and stack trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!MalformedRequests.isMalformed(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Refused a malformed request ({}): {}", HttpStatus.BAD_REQUEST.value(), MalformedRequests.describe(request));
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }
}
