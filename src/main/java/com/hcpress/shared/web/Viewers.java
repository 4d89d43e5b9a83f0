package com.hcpress.shared.web;

import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * What the header and a few pages show by who reads them, read from the authorities once: the
 * templates ask {@code @viewers.of(#authentication)} instead of {@code sec:authorize}, which builds
 * a security expression root (and looks up a logger under a lock) for every check. The answers are
 * those of the expressions they replace ({@code isAuthenticated()}, {@code hasRole(..)}; no role
 * hierarchy is configured), and, as {@code sec:authorize} does, a page rendered without any
 * authentication shows none of the links, not even the sign-in one. They depend only on the roles,
 * so pages kept per set of roles stay the same for every reader who gets them.
 */
@Component("viewers")
public class Viewers {

    /** Who reads the page, as far as the links shown depend on it. */
    public record Viewer(boolean signedIn, boolean signedOut, boolean reviewer, boolean staff, boolean admin) {
    }

    private static final Viewer NO_AUTHENTICATION = new Viewer(false, false, false, false, false);

    public Viewer of(Authentication authentication) {
        if (authentication == null) {
            return NO_AUTHENTICATION;
        }
        boolean reviewer = false;
        boolean editor = false;
        boolean admin = false;
        Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
        for (GrantedAuthority authority : authorities == null ? List.<GrantedAuthority>of() : authorities) {
            String name = authority.getAuthority();
            reviewer |= "ROLE_REVIEWER".equals(name);
            editor |= "ROLE_EDITOR".equals(name);
            admin |= "ROLE_ADMIN".equals(name);
        }
        // As Spring Security's AuthenticationTrustResolver judges isAuthenticated(): remembered sign-ins count.
        boolean signedIn = !(authentication instanceof AnonymousAuthenticationToken) && authentication.isAuthenticated();
        return new Viewer(signedIn, !signedIn, reviewer || admin, editor || admin, admin);
    }
}
