package com.hcpress.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The zone gate as the security chain asks it, for the routes {@link SecurityConfiguration} lists
 * as gated. Each manager finds the zone of what is asked for and lets through only readers who
 * passed that zone's gate; a request it refuses is answered by {@link #answerRefusal}.
 */
public interface GatedContent {

    /** Routes of one published article, named by the path variable {@code slug}. */
    AuthorizationManager<RequestAuthorizationContext> article();

    /** An article image, named by the path variable {@code id}; a public image is anyone's. */
    AuthorizationManager<RequestAuthorizationContext> image();

    /** The clinical tools and the evidence pages, which belong to one zone. */
    AuthorizationManager<RequestAuthorizationContext> tools();

    /**
     * Answers a request one of these managers refused: a page goes to the gate and back, the API
     * gets a problem detail with the gate's next step, an image a bare status. False when the
     * refusal was not the gate's, so the usual answer applies.
     */
    boolean answerRefusal(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
