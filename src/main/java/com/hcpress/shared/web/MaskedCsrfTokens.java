package com.hcpress.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.function.SingletonSupplier;

/**
 * The session's CSRF token as each page shows it: masked with fresh random bytes (so that a page's
 * bytes never repeat the token, against BREACH), in exactly the form of Spring Security's
 * {@link XorCsrfTokenRequestAttributeHandler}, which reads the token a form or htmx sends back.
 * Spring's own masking turns the token into bytes through a {@code CharsetEncoder}, a few percent
 * of a kept page; {@link String#getBytes} gives the same bytes at a fraction of the cost.
 */
final class MaskedCsrfTokens extends CsrfTokenRequestAttributeHandler {

    private final XorCsrfTokenRequestAttributeHandler reader = new XorCsrfTokenRequestAttributeHandler();
    private final SecureRandom random;

    MaskedCsrfTokens(SecureRandom random) {
        this.random = random;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> deferredCsrfToken) {
        super.handle(request, response, SingletonSupplier.of(() -> {
            CsrfToken token = deferredCsrfToken.get();
            return new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), mask(token.getToken()));
        }));
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        return reader.resolveCsrfTokenValue(request, csrfToken);
    }

    /** Random bytes, then the token's bytes XOR those, in URL-safe Base64: Spring's format. */
    String mask(String token) {
        byte[] tokenBytes = token.getBytes(StandardCharsets.UTF_8);
        byte[] masked = new byte[tokenBytes.length * 2];
        byte[] randomBytes = new byte[tokenBytes.length];
        random.nextBytes(randomBytes);
        for (int i = 0; i < tokenBytes.length; i++) {
            masked[i] = randomBytes[i];
            masked[tokenBytes.length + i] = (byte) (randomBytes[i] ^ tokenBytes[i]);
        }
        return Base64.getUrlEncoder().encodeToString(masked);
    }
}
