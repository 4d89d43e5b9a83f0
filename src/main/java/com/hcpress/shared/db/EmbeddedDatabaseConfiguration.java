package com.hcpress.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * Starts a PostgreSQL server of our own (version {@value DataDirectoryVersion#BUNDLED_MAJOR}) when no {@code spring.datasource.url} is given. Its data
 * directory survives restarts, so demo content and everything users did stays. It listens on the
 * loopback only and asks every connection for a password generated at its first start
 * ({@link EmbeddedDatabasePassword}); a data directory from before that is changed over at start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        // The binaries unpack under java.io.tmpdir, which a build may point at a folder not yet made.
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        StaleServer.stopIfRunning(dataDirectory);
        if (properties.clean()) {
            FileSystemUtils.deleteRecursively(dataDirectory);
        }
        Files.createDirectories(dataDirectory);
        DataDirectoryVersion.requireBundledMajor(dataDirectory);
        Path passwordFile = EmbeddedDatabasePassword.fileFor(dataDirectory);
        String password = EmbeddedDatabasePassword.readOrCreate(passwordFile);
        boolean trustingDirectory = Files.exists(dataDirectory.resolve("PG_VERSION"))
                && ClientAuthentication.trustsAnyone(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(properties.clean())
                .setPGStartupWait(Duration.ofSeconds(30))
                // Stopped by the context after everything using it (close), not by a JVM shutdown hook
                // racing the application's own shutdown while the search indexer still writes.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200")
                // Loopback only, whatever postgresql.conf says: no other machine ever reaches it.
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                // A new data directory is made asking for the password from the start.
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFile.toAbsolutePath().toString());
        if (!trustingDirectory) {
            builder.setConnectConfig("password", password);
        }
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        if (trustingDirectory) {
            requirePassword(postgres, password, dataDirectory);
        }
        log.info("Embedded PostgreSQL on 127.0.0.1:{} with data in {}", postgres.getPort(), dataDirectory);
        return postgres;
    }

    /**
     * A data directory made before HCPress set a password trusts every local connection. It started
     * as it was; now the superuser gets the password, pg_hba.conf asks for it, and the server reloads
     * its configuration, so from here on every connection needs it. The application's own
     * connections carry the password already and work either side of the reload.
     */
    private static void requirePassword(EmbeddedPostgres postgres, String password, Path dataDirectory)
            throws IOException {
        try (Connection connection = postgres.getDatabase("postgres", "postgres").getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("alter role postgres password '" + password.replace("'", "''") + "'");
            ClientAuthentication.requirePassword(dataDirectory);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded database's password", e);
        }
        log.warn("The embedded database trusted every local connection; it now asks for the password kept in {}",
                EmbeddedDatabasePassword.fileFor(dataDirectory));
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword(EmbeddedDatabasePassword.readOrCreate(EmbeddedDatabasePassword.fileFor(dataDirectory)));
        config.setPoolName("hcpress-embedded");
        config.setMaximumPoolSize(20);
        return new HikariDataSource(config);
    }
}
