package com.hcpress.shared.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files (by default {@code postgres/} in the data directory). {@code clean} wipes them at start (tests only).
 * {@code port} 0 picks a free port.
 */
@ConfigurationProperties("hcpress.embedded-db")
public record EmbeddedDatabaseProperties(
        Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean) {
}
