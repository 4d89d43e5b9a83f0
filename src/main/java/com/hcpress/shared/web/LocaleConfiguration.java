package com.hcpress.shared.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
            /**
             * A query that does not decode is refused (400) by the handlers and MalformedRequestFilter;
             * the error page rendering that refusal takes the language from the cookie or browser.
             */
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws ServletException {
                try {
                    return super.preHandle(request, response, handler);
                } catch (IllegalStateException malformed) {
                    if (request.getDispatcherType() == DispatcherType.ERROR && MalformedRequests.isMalformed(malformed)) {
                        return true;
                    }
                    throw malformed;
                }
            }

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
