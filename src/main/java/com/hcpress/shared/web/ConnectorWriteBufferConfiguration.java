package com.hcpress.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The size of each connection's write buffer in Tomcat ({@code socket.appWriteBufSize}, 8 KB by
 * default), {@code hcpress.tomcat.write-buffer}. An answer larger than the buffer goes to the
 * socket in pieces of its size, one system call each: a kept article page of 100 KB took thirteen.
 * Each open connection holds one buffer, so the size times the connections open at once is heap.
 */
@Configuration(proxyBeanMethods = false)
class ConnectorWriteBufferConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectorWriteBuffer(
            @Value("${hcpress.tomcat.write-buffer:32KB}") DataSize size) {
        return factory -> factory.addConnectorCustomizers(connector ->
                connector.setProperty("socket.appWriteBufSize", Long.toString(size.toBytes())));
    }
}
