package com.hcpress.shared.session;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts {@link TouchThrottlingSessionRepository} around Spring Session's JDBC repository. The touch
 * interval is {@code hcpress.session.touch-interval} (one minute by default; zero writes on every
 * request as Spring Session does).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    static BeanPostProcessor sessionTouchThrottle(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository jdbc) {
                    Binder binder = Binder.get(environment);
                    Duration interval = binder.bind("hcpress.session.touch-interval", Duration.class)
                            .orElse(Duration.ofMinutes(1));
                    Duration rememberFor = binder.bind("hcpress.session.remember-for", Duration.class)
                            .orElse(Duration.ofMillis(500));
                    return throttled(jdbc, interval, rememberFor);
                }
                return bean;
            }
        };
    }

    /**
     * Two requests of one session may both add the same attribute, as the CSRF token is added by the
     * first request that needs it: the later insert updates the row instead of failing on its key.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesInsertedOrUpdated() {
        return repository -> repository.setCreateSessionAttributeQuery("""
                INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                VALUES (?, ?, ?)
                ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
                DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
                """);
    }

    private static <S extends Session> FindByIndexNameSessionRepository<?> throttled(
            FindByIndexNameSessionRepository<S> stored, Duration interval, Duration rememberFor) {
        return new TouchThrottlingSessionRepository<>(stored, interval, rememberFor);
    }
}
