package com.hcpress.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * A signed-in session per reader, stored through the application's session repository as the
 * sign-in form leaves it: the security context and nothing else (the CSRF token comes with the
 * first page). Signing 5,000 readers in over HTTP would spend minutes on the deliberately slow
 * password hash; these sessions are the same rows, kept alive for a day so that the corpus can be
 * built well before the run. Returns the value of the {@code SESSION} cookie (the id in Base64).
 */
final class BenchSessions {

    static final Duration LIFETIME = Duration.ofHours(24);

    private final FindByIndexNameSessionRepository<Session> sessions;
    private final UserDetailsService users;

    @SuppressWarnings("unchecked")
    BenchSessions(FindByIndexNameSessionRepository<? extends Session> sessions, UserDetailsService users) {
        this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
        this.users = users;
    }

    String signIn(String email) {
        UserDetails principal = users.loadUserByUsername(email);
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        authentication.setDetails(new WebAuthenticationDetails("127.0.0.1", null));
        authentication.eraseCredentials();
        Session session = sessions.createSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(authentication));
        session.setMaxInactiveInterval(LIFETIME);
        sessions.save(session);
        return Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8));
    }
}
