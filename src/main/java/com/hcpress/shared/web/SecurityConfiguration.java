package com.hcpress.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call which route. Role-bound areas are decided here; gated content (articles, their
 * images, comments, the API) is decided per zone by the gate, which every such controller asks.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ApiTokenAuthenticator> tokens)
            throws Exception {
        tokens.ifAvailable(authenticator -> http.addFilterBefore(new BearerTokenFilter(authenticator), CsrfFilter.class));
        XorCsrfTokenRequestAttributeHandler maskedTokens = new XorCsrfTokenRequestAttributeHandler();
        maskedTokens.setSecureRandom(new PerThreadSecureRandom());
        // One-click unsubscribe is posted by mail clients without cookies; its signed token is the authority.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter.BEARER_API_REQUEST,
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/unsubscribe"))
                .csrfTokenRequestHandler(maskedTokens));
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/review/**").hasAnyRole("REVIEWER", "ADMIN")
                        .requestMatchers("/editor/**").hasAnyRole("EDITOR", "ADMIN")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        // The API's description and its browsable UI are for staff.
                        .requestMatchers("/v3/api-docs*", "/v3/api-docs/**", "/swagger-ui*", "/swagger-ui/**")
                                .hasAnyRole("EDITOR", "ADMIN")
                        .requestMatchers("/notifications/bell").permitAll()
                        .requestMatchers("/notifications", "/notifications/**").authenticated()
                        .requestMatchers("/account/**", "/gate/**", "/verification/**", "/licence-photos/**").authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/").permitAll())
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(SecurityHeaders.REFERRER_POLICY)));
        return http.build();
    }
}
