package com.hcpress.shared.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.TemplateEngine;

import com.hcpress.shared.cache.CacheRegistry;

/**
 * Static files are linked by their content-hash name where Thymeleaf builds the link
 * ({@link VersionedStaticLinks}), not by a filter around every request.
 */
@Configuration(proxyBeanMethods = false)
class ResourceUrlConfiguration {

    @Bean
    VersionedStaticLinks versionedStaticLinks(ObjectProvider<ResourceUrlProvider> resources, CacheRegistry caches) {
        VersionedStaticLinks links = new VersionedStaticLinks(resources);
        caches.register("resource-urls", links.cache());
        return links;
    }

    /** Spring Boot's template engine builds its links with {@link VersionedStaticLinks}. */
    @Bean
    static BeanPostProcessor versionedStaticLinksInTemplates(ObjectProvider<VersionedStaticLinks> links) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof TemplateEngine engine) {
                    engine.setLinkBuilder(links.getObject());
                }
                return bean;
            }
        };
    }

    /**
     * Spring Boot registers its own {@link ResourceUrlEncodingFilter} when the resource chain is on,
     * unless the application registers one ({@code @ConditionalOnMissingFilterBean}). This
     * registration is that one, disabled: the container runs no such filter, and no request pays for
     * its wrappers. The links it would have rewritten are versioned by {@link VersionedStaticLinks}.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterNotRun() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
