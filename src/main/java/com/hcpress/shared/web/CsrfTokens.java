package com.hcpress.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The CSRF token of a session, masked for one response exactly as the security filters mask it
 * ({@code XorCsrfTokenRequestAttributeHandler}: random bytes, then the token XOR those bytes, in
 * URL-safe Base64), for a path that answers before those filters. The CSRF filter checks forms
 * sent with it like any other.
 */
@Component
public class CsrfTokens {

    /** Where {@link HttpSessionCsrfTokenRepository} keeps a session's token. */
    static final String SESSION_ATTRIBUTE = HttpSessionCsrfTokenRepository.class.getName().concat(".CSRF_TOKEN");

    private final SecureRandom random = new PerThreadSecureRandom();

    /** The session's token, masked anew; empty when the session has none yet. */
    public Optional<String> masked(Session session) {
        Object token = session.getAttribute(SESSION_ATTRIBUTE);
        return token instanceof CsrfToken csrf ? Optional.of(mask(csrf.getToken())) : Optional.empty();
    }

    String mask(String token) {
        byte[] tokenBytes = token.getBytes(StandardCharsets.UTF_8);
        byte[] combined = new byte[tokenBytes.length * 2];
        byte[] mask = new byte[tokenBytes.length];
        random.nextBytes(mask);
        for (int i = 0; i < tokenBytes.length; i++) {
            combined[i] = mask[i];
            combined[tokenBytes.length + i] = (byte) (mask[i] ^ tokenBytes[i]);
        }
        return Base64.getUrlEncoder().encodeToString(combined);
    }
}
