package com.hcpress.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Controller routes are looked up by {@link FirstSegmentHandlerMapping}, configured by Spring Boot
 * as usual, and asked first. Actuator's endpoint mapping comes before the application's by default
 * (order -100): for every page it matched its routes' media types against the request's
 * {@code Accept} header and then worked out why none matched, a few percent of a kept page. Asked
 * after the application's routes, it still answers its own paths, which no application route claims
 * (tested).
 */
@Configuration(proxyBeanMethods = false)
class HandlerMappingConfiguration {

    /** Ahead of Actuator's -100. */
    static final int APPLICATION_ROUTES_ORDER = -200;

    @Bean
    WebMvcRegistrations firstSegmentHandlerMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new FirstSegmentHandlerMapping();
            }
        };
    }

    /** Spring MVC sets the order of its mapping when it creates it; this comes after. */
    @Bean
    static BeanPostProcessor applicationRoutesFirst() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof FirstSegmentHandlerMapping mapping) {
                    mapping.setOrder(APPLICATION_ROUTES_ORDER);
                }
                return bean;
            }
        };
    }
}
