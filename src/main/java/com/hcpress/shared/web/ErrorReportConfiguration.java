package com.hcpress.shared.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link SiteErrorReportValve} in place of the error report valve Tomcat (and Spring Boot,
 * with {@code server.error.include-stacktrace=never}) give the host, so no answer ever comes as
 * Tomcat's own page.
 */
@Configuration(proxyBeanMethods = false)
class ErrorReportConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> siteErrorReport(MessageSource messages) {
        return new SiteErrorReportCustomizer(messages);
    }

    /** Runs after Spring Boot's own customizer, whose valve it replaces. */
    private static final class SiteErrorReportCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final MessageSource messages;

        SiteErrorReportCustomizer(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container parent = context.getParent();
                if (parent instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(SiteErrorReportValve.class.getName());
                    host.getPipeline().addValve(new SiteErrorReportValve(messages));
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
