package com.hcpress.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one door: every request passes this chain, and nothing answers ahead of it. Who may call
 * which route is decided here, role-bound areas by role and gated content (articles and what
 * hangs off them, images, the clinical tools and evidence, and their API) by the zone gate
 * ({@link GatedContent}). Controllers ask nobody for access; they may read the gate to render.
 *
 * <p>In the chain, in order: the session and security context, the security headers, the
 * {@link RequestCheck}s and the bearer token, the CSRF check, sign-in and sign-out, then the
 * authorization rules below. A check of every request goes beside the request checks; a rule for
 * a route goes into {@link #authorizeRequests}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

    /** Routes of one article: its page, reference exports, comments, and the same in the API. */
    static final String[] ARTICLE_ROUTES = {"/articles/{slug}", "/articles/{slug}/**",
            "/api/v1/articles/{slug}", "/api/v1/articles/{slug}/**"};
    static final String[] IMAGE_ROUTES = {"/images/{id}"};
    /** The clinical tools and the evidence pages, behind the gate of their zone. */
    static final String[] TOOLS_ROUTES = {"/clinical", "/clinical/**", "/studies/**",
            "/api/v1/clinical/**", "/api/v1/studies/**"};

    /**
     * No observation of the chain, its sign-ins or its decisions: with these observations switched
     * off (management.observations.enable.spring.security) each filter of each request was still
     * wrapped in an empty one, a noticeable share of a kept page's cost. Request metrics stay.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, GatedContent gate, ConsoleAccess console,
                                            List<RequestCheck> checks,
                                            ObjectProvider<ApiTokenAuthenticator> tokens,
                                            ObjectProvider<CurrentPrincipals> principals,
                                            @Value("${management.server.port:}") Integer managementPort)
            throws Exception {
        // On a management port of its own (bound to loopback by default) the metrics are open to
        // whoever reaches it; on the public port they are for administrators.
        RequestMatcher onManagementPort = request -> managementPort != null && managementPort > 0
                && request.getLocalPort() == managementPort;
        http.addFilterBefore(new RequestChecksFilter(checks), CsrfFilter.class);
        tokens.ifAvailable(authenticator -> http.addFilterBefore(new BearerTokenFilter(authenticator), CsrfFilter.class));
        // Revocation: every request acts as its account is now (security stamp, roles, enabled).
        principals.ifAvailable(current -> http.addFilterAfter(new CurrentPrincipalFilter(current), CsrfFilter.class));
        MaskedCsrfTokens maskedTokens = new MaskedCsrfTokens(new PerThreadSecureRandom());
        // One-click unsubscribe is posted by mail clients without cookies; its signed token is the authority.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter.BEARER_API_REQUEST,
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/unsubscribe"),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/unsubscribe/digest"))
                .csrfTokenRequestHandler(maskedTokens));
        authorizeRequests(http, gate, console, onManagementPort);
        http.requestCache(cache -> cache.requestCache(new ContinueRequestCache()));
        // The sign-in and sign-out pages are open through anyRequest().permitAll(): their own permitAll()
        // would put four matchers, each building the request's whole URL, ahead of every request's rules.
        http.formLogin(form -> form.loginPage("/login"))
                // Signing out empties the browser's cache of this site, back-forward cache included
                // (browsers honour it over HTTPS), since reading pages may be kept there.
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/")
                        .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(Directive.CACHE))))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(signInFirst(gate))
                        .accessDeniedHandler(refused(gate)))
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new PageCacheControl())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)));
        return http.build();
    }

    private static void authorizeRequests(HttpSecurity http, GatedContent gate, ConsoleAccess console,
                                          RequestMatcher onManagementPort)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                // Staff tools on a comment are staff's alone, whoever passed the gate.
                .requestMatchers("/articles/{slug}/comments/{id}/manage").hasAnyRole("EDITOR", "ADMIN")
                .requestMatchers(ARTICLE_ROUTES).access(gate.article())
                .requestMatchers(IMAGE_ROUTES).access(gate.image())
                .requestMatchers(TOOLS_ROUTES).access(gate.tools())
                .requestMatchers("/review/**").hasAnyRole("REVIEWER", "ADMIN")
                // Zone roles open the article console; what they allow there is decided zone by zone.
                .requestMatchers("/editor", "/editor/articles", "/editor/articles/**", "/editor/images/picker",
                        "/editor/images/{id}/thumbnail").access(console.articles())
                .requestMatchers("/editor/**").hasAnyRole("EDITOR", "ADMIN")
                .requestMatchers("/admin/**").hasRole("ADMIN")
                // The API's description and its browsable UI are for staff.
                .requestMatchers("/v3/api-docs*", "/v3/api-docs/**", "/swagger-ui*", "/swagger-ui/**")
                        .hasAnyRole("EDITOR", "ADMIN")
                .requestMatchers("/notifications/bell").permitAll()
                .requestMatchers("/notifications", "/notifications/**").authenticated()
                .requestMatchers("/me/**").authenticated()
                .requestMatchers("/account/**", "/gate/**", "/verification/**", "/licence-photos/**").authenticated()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(onManagementPort).permitAll()
                .requestMatchers("/actuator/prometheus").hasRole("ADMIN")
                .requestMatchers("/actuator/**").denyAll()
                .anyRequest().permitAll());
    }

    /** For a visitor not signed in: the gate's answer where the gate refused, else 401 (API) or sign-in. */
    private static AuthenticationEntryPoint signInFirst(GatedContent gate) {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            if (!gate.answerRefusal(request, response)) {
                (api.matches(request) ? unauthorized : signIn).commence(request, response, e);
            }
        };
    }

    /** For a signed-in user: the gate's answer where the gate refused, else 403. */
    private static AccessDeniedHandler refused(GatedContent gate) {
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (request, response, e) -> {
            if (!gate.answerRefusal(request, response)) {
                forbidden.handle(request, response, e);
            }
        };
    }
}
