package com.hcpress.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description of /api/v1 (springdoc reads the controllers; this adds what they cannot say). */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String BEARER = "personalAccessToken";
    static final String SESSION = "session";

    @Bean
    OpenAPI hcpressOpenApi() {
        return new OpenAPI()
                .info(new Info().title("HCPress API").version("v1").description("""
                        Articles, studies, comments, search and clinical tools, behind the same gate as the \
                        web pages: a zone's content answers only users who passed its gate (401 when not \
                        signed in, 403 with the next gate step otherwise). Authenticate with a personal \
                        access token made on the account page, sent as `Authorization: Bearer <token>` \
                        (no CSRF token needed), or with the browser session (then POST, PATCH and DELETE \
                        need the CSRF token)."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A personal access token (hcp_...)"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("SESSION")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(SESSION));
    }
}
