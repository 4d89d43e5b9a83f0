package com.hcpress.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with its own rules for header and parameter names and header
 * values, checked by {@link FirewallText} instead of a regular expression. The firewall checks each
 * name and value every time the application reads one (the cookie header, the language, htmx's
 * header, each parameter), and the expressions cost a noticeable share of a kept page.
 */
@Configuration(proxyBeanMethods = false)
class FirewallConfiguration {

    @Bean
    WebSecurityCustomizer strictFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallText::isNameOrParameterValue);
        firewall.setAllowedHeaderValues(FirewallText::isHeaderValue);
        firewall.setAllowedParameterNames(FirewallText::isNameOrParameterValue);
        return web -> web.httpFirewall(firewall);
    }
}
