package com.hcpress.shared.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese by default; English when the browser asks for it first or the reader picks it with
 * {@code ?lang=en} (remembered in the {@code hcpress_lang} cookie). The cookie and the parameter
 * are read as zh or en only: a cookie of any other value is ignored, and any other parameter
 * value means Chinese.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("hcpress_lang") {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                return Languages.named(localeValue);
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            String header = request.getHeader("Accept-Language");
            return header != null && !header.isBlank() ? Languages.of(request.getLocale()) : Languages.CHINESE;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String localeValue) {
                Locale named = Languages.named(localeValue);
                return named == null ? Languages.CHINESE : named;
            }
        };
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }
}
