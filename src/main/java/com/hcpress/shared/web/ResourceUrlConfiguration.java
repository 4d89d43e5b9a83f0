package com.hcpress.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.hcpress.shared.cache.CacheRegistry;

/** Replaces Spring Boot's resource URL encoding filter with one that remembers its answers. */
@Configuration(proxyBeanMethods = false)
class ResourceUrlConfiguration {

    @Bean
    CachingResourceUrlEncodingFilter cachingResourceUrlEncodingFilter(CacheRegistry caches) {
        CachingResourceUrlEncodingFilter filter = new CachingResourceUrlEncodingFilter();
        caches.register("resource-urls", filter.cache());
        return filter;
    }
}
