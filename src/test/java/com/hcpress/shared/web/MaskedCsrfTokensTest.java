package com.hcpress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/** Our masking of the CSRF token is Spring Security's: its own handler reads what we write. */
class MaskedCsrfTokensTest {

    private final MaskedCsrfTokens tokens = new MaskedCsrfTokens(new PerThreadSecureRandom());
    private final CsrfToken sessionToken = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", UUID.randomUUID().toString());

    @Test
    void springSecurityReadsTheMaskedTokenBackAsTheSessionsToken() {
        for (int i = 0; i < 50; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/comments");
            request.addParameter("_csrf", tokens.mask(sessionToken.getToken()));
            assertThat(new XorCsrfTokenRequestAttributeHandler().resolveCsrfTokenValue(request, sessionToken))
                    .isEqualTo(sessionToken.getToken());
            assertThat(tokens.resolveCsrfTokenValue(request, sessionToken)).isEqualTo(sessionToken.getToken());
        }
    }

    @Test
    void eachPageShowsTheTokenMaskedAnew() {
        String first = tokens.mask(sessionToken.getToken());
        String second = tokens.mask(sessionToken.getToken());
        assertThat(first).isNotEqualTo(second).doesNotContain(sessionToken.getToken());
        assertThat(first).hasSameSizeAs(second);
    }

    @Test
    void aTamperedOrForeignTokenIsNotTheSessionsToken() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/comments");
        request.addParameter("_csrf", tokens.mask(UUID.randomUUID().toString()));
        assertThat(tokens.resolveCsrfTokenValue(request, sessionToken)).isNotEqualTo(sessionToken.getToken());
        request = new MockHttpServletRequest("POST", "/comments");
        request.addParameter("_csrf", sessionToken.getToken());
        assertThat(tokens.resolveCsrfTokenValue(request, sessionToken)).isNotEqualTo(sessionToken.getToken());
    }

    @Test
    void thePageGetsTheMaskedTokenUnderSpringsAttributes() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        tokens.handle(request, new MockHttpServletResponse(), () -> sessionToken);
        CsrfToken shown = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        assertThat(shown.getParameterName()).isEqualTo("_csrf");
        assertThat(shown.getToken()).isNotEqualTo(sessionToken.getToken()).isEqualTo(shown.getToken());
        MockHttpServletRequest posted = new MockHttpServletRequest("POST", "/comments");
        posted.addParameter("_csrf", shown.getToken());
        assertThat(tokens.resolveCsrfTokenValue(posted, sessionToken)).isEqualTo(sessionToken.getToken());
    }
}
