package com.hcpress.shared.web;

import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may open the editors' article console ({@code /editor} and {@code /editor/articles/**}), as
 * the security chain asks it: site-wide editors and administrators, and accounts holding a role
 * in some zone. What each may do there is decided per zone by the console itself; the rest of the
 * back office stays with editors and administrators.
 */
public interface ConsoleAccess {

    AuthorizationManager<RequestAuthorizationContext> articles();
}
