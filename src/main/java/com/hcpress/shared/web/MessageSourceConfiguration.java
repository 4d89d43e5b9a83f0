package com.hcpress.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.CollectionUtils;

/**
 * The messages as Spring Boot would configure them from {@code spring.messages.*} (basenames,
 * encoding, fallback, cache duration), in a source that formats without a shared lock
 * ({@link UnsharedFormatMessageSource}). Declaring {@code messageSource} makes Boot's own back off.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        UnsharedFormatMessageSource source = new UnsharedFormatMessageSource();
        if (!CollectionUtils.isEmpty(properties.getBasename())) {
            source.setBasenames(properties.getBasename().toArray(new String[0]));
        }
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        Duration cacheDuration = properties.getCacheDuration();
        if (cacheDuration != null) {
            source.setCacheMillis(cacheDuration.toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        source.setCommonMessages(commonMessages(properties));
        return source;
    }

    private static Properties commonMessages(MessageSourceProperties properties) {
        if (CollectionUtils.isEmpty(properties.getCommonMessages())) {
            return null;
        }
        Properties common = new Properties();
        for (Resource resource : properties.getCommonMessages()) {
            try {
                PropertiesLoaderUtils.fillProperties(common, resource);
            } catch (IOException failure) {
                throw new UncheckedIOException("Failed to load common messages from " + resource, failure);
            }
        }
        return common;
    }
}
