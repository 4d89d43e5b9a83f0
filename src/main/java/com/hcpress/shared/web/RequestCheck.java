package com.hcpress.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A check of a request's shape (its size, say) that may answer the request itself. Checks run
 * inside Spring Security's chain, after the session and the security headers and before the CSRF
 * check (which reads the body), never ahead of the chain.
 */
public interface RequestCheck {

    /** True when the check answered the request and nothing else may. */
    boolean answered(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
