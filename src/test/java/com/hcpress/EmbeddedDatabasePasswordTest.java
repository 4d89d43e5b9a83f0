package com.hcpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import com.hcpress.content.ContentCatalog;

/**
 * The embedded database asks every connection for its password, generated at the first start and
 * kept readable by its owner only; a data directory made when it trusted every local connection is
 * changed over at the next start, keeping its data.
 */
class EmbeddedDatabasePasswordTest {

    @Test
    void aNewDatabaseAsksForTheGeneratedPassword() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "password-new-");
        try (ConfigurableApplicationContext app = start(dataDir)) {
            assertThat(app.getBean(ContentCatalog.class).zones()).isNotEmpty();
            assertAsksForThePassword(dataDir, app.getBean(EmbeddedPostgres.class).getPort());
            try (Connection connection = connect(app.getBean(EmbeddedPostgres.class).getPort(), password(dataDir))) {
                var version = connection.createStatement().executeQuery("select current_setting('server_version_num')::int / 10000");
                assertThat(version.next()).isTrue();
                assertThat(version.getInt(1)).as("the major version Debian 12's pg_dump backs up").isEqualTo(15);
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    @Test
    void aDataDirectoryOfAnotherMajorVersionStopsTheStartWithWhatToDo() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "version-other-");
        Path pgData = dataDir.resolve("postgres");
        try {
            Files.createDirectories(pgData);
            Files.writeString(pgData.resolve("PG_VERSION"), "17\n");
            assertThatThrownBy(() -> start(dataDir).close())
                    .rootCause()
                    .hasMessageContaining("written by PostgreSQL 17")
                    .hasMessageContaining("HCPress runs PostgreSQL 15");
            assertThat(Files.readString(pgData.resolve("PG_VERSION"))).isEqualTo("17\n");
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    @Test
    void aDataDirectoryThatTrustedEveryoneIsChangedOverAndKeepsItsData() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "password-old-");
        Path pgData = dataDir.resolve("postgres");
        try {
            // A data directory as HCPress made them before: trust for every local connection.
            try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(pgData)
                    .setCleanDataDirectory(false).start();
                 Connection connection = old.getPostgresDatabase().getConnection()) {
                connection.createStatement().execute("create schema kept; create table kept.notes (note text)");
                connection.createStatement().execute("insert into kept.notes values ('still here')");
            }
            assertThat(Files.readString(pgData.resolve("pg_hba.conf"))).containsPattern("(?m)^host.*trust");

            try (ConfigurableApplicationContext app = start(dataDir)) {
                assertThat(app.getBean(ContentCatalog.class).zones()).isNotEmpty();
                int port = app.getBean(EmbeddedPostgres.class).getPort();
                assertAsksForThePassword(dataDir, port);
                try (Connection connection = connect(port, password(dataDir))) {
                    var rows = connection.createStatement().executeQuery("select note from kept.notes");
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("still here");
                }
            }
            assertThat(Files.readString(pgData.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#]*trust");
            // and it starts again, now asking for the password from the first connection
            try (ConfigurableApplicationContext again = start(dataDir)) {
                assertThat(again.getBean(ContentCatalog.class).zones()).isNotEmpty();
                assertAsksForThePassword(dataDir, again.getBean(EmbeddedPostgres.class).getPort());
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    private static void assertAsksForThePassword(Path dataDir, int port) throws Exception {
        Path passwordFile = dataDir.resolve("postgres.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        assertThatThrownBy(() -> connect(port, null).close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connect(port, "not-the-password").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        try (Connection connection = connect(port, password(dataDir))) {
            assertThat(connection.isValid(5)).isTrue();
        }
        try (Connection connection = connect(port, password(dataDir))) {
            var listen = connection.createStatement().executeQuery("show listen_addresses");
            listen.next();
            assertThat(listen.getString(1)).isEqualTo("localhost");
        }
    }

    private static String password(Path dataDir) throws Exception {
        return Files.readString(dataDir.resolve("postgres.password")).trim();
    }

    private static Connection connect(int port, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(HcpressApplication.class)
                .run("--server.port=0", "--hcpress.data-dir=" + dataDir.toAbsolutePath(), "--spring.main.banner-mode=off");
    }
}
