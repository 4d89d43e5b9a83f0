package com.hcpress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.util.unit.DataSize;

class ConnectorWriteBufferConfigurationTest {

    @Test
    void theConnectorWritesThroughABufferOfTheConfiguredSize() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new ConnectorWriteBufferConfiguration().connectorWriteBuffer(DataSize.ofKilobytes(32)).customize(factory);
        Connector connector = new Connector();
        factory.getConnectorCustomizers().forEach(customizer -> customizer.customize(connector));
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("32768");
    }
}
