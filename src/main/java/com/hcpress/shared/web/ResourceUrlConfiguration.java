package com.hcpress.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replaces Spring Boot's resource URL encoding filter with one that remembers its answers. */
@Configuration(proxyBeanMethods = false)
class ResourceUrlConfiguration {

    @Bean
    CachingResourceUrlEncodingFilter cachingResourceUrlEncodingFilter() {
        return new CachingResourceUrlEncodingFilter();
    }
}
