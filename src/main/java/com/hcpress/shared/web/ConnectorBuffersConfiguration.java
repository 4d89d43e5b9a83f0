package com.hcpress.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's buffers between an answer and the socket.
 * <ul>
 * <li>{@code hcpress.tomcat.write-buffer}: each connection's write buffer ({@code socket.appWriteBufSize},
 * 8 KB by default). An answer larger than the buffer goes to the socket in pieces of its size, one
 * system call each: a kept article page of 100 KB took thirteen. Each open connection holds one.</li>
 * <li>{@code hcpress.tomcat.direct-buffer}: that buffer outside the heap ({@code socket.directBuffer}).
 * A heap buffer is copied once more, by the JDK, into a direct one of its own before each write.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ConnectorBuffersConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectorBuffers(
            @Value("${hcpress.tomcat.write-buffer:32KB}") DataSize size,
            @Value("${hcpress.tomcat.direct-buffer:false}") boolean direct) {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appWriteBufSize", Long.toString(size.toBytes()));
            connector.setProperty("socket.directBuffer", Boolean.toString(direct));
        });
    }
}
