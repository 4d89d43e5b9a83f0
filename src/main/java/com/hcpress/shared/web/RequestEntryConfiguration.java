package com.hcpress.shared.web;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Registers {@link RequestEntryFilter} first of all filters, for requests and their asynchronous
 * dispatches. It replaces Spring Boot's character encoding filter ({@code spring.servlet.encoding.enabled=false}).
 */
@Configuration(proxyBeanMethods = false)
class RequestEntryConfiguration {

    @Bean
    FilterRegistrationBean<RequestEntryFilter> requestEntryFilter(
            @Value("${hcpress.tomcat.response-buffer:8KB}") DataSize responseBuffer) {
        FilterRegistrationBean<RequestEntryFilter> registration =
                new FilterRegistrationBean<>(new RequestEntryFilter(Math.toIntExact(responseBuffer.toBytes())));
        registration.setName("requestEntryFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
        registration.setAsyncSupported(true);
        return registration;
    }
}
