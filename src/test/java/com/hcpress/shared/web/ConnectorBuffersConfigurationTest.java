package com.hcpress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.util.unit.DataSize;

class ConnectorBuffersConfigurationTest {

    @Test
    void theConnectorWritesThroughABufferOfTheConfiguredSizeAndKind() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new ConnectorBuffersConfiguration().connectorBuffers(DataSize.ofKilobytes(32), true).customize(factory);
        Connector connector = new Connector();
        factory.getConnectorCustomizers().forEach(customizer -> customizer.customize(connector));
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("32768");
        assertThat(connector.getProperty("socket.directBuffer")).hasToString("true");
    }
}
