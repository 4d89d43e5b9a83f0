package com.hcpress.shared.web;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link RequestEntryFilter} first of all filters, for requests and their asynchronous
 * dispatches. It replaces Spring Boot's character encoding filter ({@code spring.servlet.encoding.enabled=false}).
 */
@Configuration(proxyBeanMethods = false)
class RequestEntryConfiguration {

    @Bean
    FilterRegistrationBean<RequestEntryFilter> requestEntryFilter() {
        FilterRegistrationBean<RequestEntryFilter> registration = new FilterRegistrationBean<>(new RequestEntryFilter());
        registration.setName("requestEntryFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
        registration.setAsyncSupported(true);
        return registration;
    }
}
