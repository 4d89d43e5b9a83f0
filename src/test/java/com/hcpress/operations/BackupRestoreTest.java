package com.hcpress.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import com.hcpress.HcpressApplication;
import com.hcpress.content.ArticleImporter;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.ImageFiles;
import com.hcpress.content.NewZone;
import com.hcpress.support.DebianPostgres;

/**
 * A rehearsed restore, with the scripts an operator runs: HCPress writes content (a zone, a
 * published article with references and revisions, an image), {@code bin/backup} dumps the
 * database, the schema is wiped, {@code bin/restore} brings it back, every table has the same rows
 * with the same content, and HCPress started on the restored database serves the zone's page.
 * Rehearsed twice: on a PostgreSQL server from Debian's packages as the external database, and on
 * the embedded database of a data directory, each with Debian's pg_dump found by the scripts.
 */
class BackupRestoreTest {

    private static final String ZONE = "restore-rehearsal";
    private static final int EMBEDDED_MAJOR = 15;
    private static final String ARTICLE_TITLE = "Restore rehearsal: HAIC dosing at a glance";

    @Test
    void aBackupRestoresEveryTableAndTheRestoredDatabaseServesPages() throws Exception {
        Path bin = DebianPostgres.installedBin().orElse(null);
        Assumptions.assumeTrue(bin != null, "PostgreSQL server packages (apt-get install postgresql) are not installed");
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "restore-");
        try (DebianPostgres server = DebianPostgres.start(bin, work)) {
            try (ConfigurableApplicationContext app = start(server, work)) {
                writeContent(app, work);
            }
            Map<String, String> before = tableContents(server);
            assertThat(before).containsKeys("article", "article_reference", "image", "zone", "flyway_schema_history");

            Path backup = work.resolve("backups/hcpress.dump");
            script(server, "bin/backup", backup.toString());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");

            server.psql(DebianPostgres.DATABASE, "drop schema public cascade; create schema public");
            assertThat(tableContents(server)).isEmpty();

            script(server, "bin/restore", backup.toString(), "--yes");
            assertThat(tableContents(server)).isEqualTo(before);

            try (ConfigurableApplicationContext restored = start(server, work)) {
                assertThat(zonePage(restored)).contains(ARTICLE_TITLE);
            }
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    private static void writeContent(ConfigurableApplicationContext app, Path work) throws IOException {
        ContentEditor editor = app.getBean(ContentEditor.class);
        long zone = editor.createZone(new NewZone(ZONE, "恢复演练", "Restore rehearsal", "演练专区", "A zone for the rehearsal", 1));
        editor.storeImage(ImageFiles.of(png()), zone);
        Path article = work.resolve("import/rehearsal.md");
        Files.createDirectories(article.getParent());
        Files.writeString(article, """
                ---
                title: "%s"
                slug: restore-rehearsal-haic
                source: HCPress editorial team
                date: 2026-03-01
                kind: original
                status: published
                credits:
                  author: HCPress editorial team
                  reviewer: HCPress clinical reviewers
                  editor: HCPress editorial team
                expert:
                  name: HCPress editorial team
                  affiliation: HCPress
                  profile: Notes written for the rehearsal.
                references:
                  - "Li QJ, He MK, Shi M, et al. Hepatic Arterial Infusion of Oxaliplatin, Fluorouracil, and Leucovorin Versus Transarterial Chemoembolization for Large Hepatocellular Carcinoma: A Randomized Phase III Trial. J Clin Oncol. 2022;40(2):150-160."
                ---
                HAIC 的给药节奏与护理要点见下文 [1]。

                The regimen runs over two days; the ward plans the pump and the catheter checks around it [1].
                """.formatted(ARTICLE_TITLE), StandardCharsets.UTF_8);
        ArticleImporter.Report report = app.getBean(ArticleImporter.class)
                .importFiles(List.of(article), ZONE, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(report.failed()).isEmpty();
    }

    /** Every table of the schema: its row count and a digest of all its rows, in key order. */
    private static Map<String, String> tableContents(DebianPostgres server) throws Exception {
        return tableContents(sql -> server.psql(DebianPostgres.DATABASE, sql));
    }

    private static Map<String, String> tableContents(DataSource database) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        return tableContents(sql -> String.join("\n", jdbc.queryForList(sql, String.class)));
    }

    private static Map<String, String> tableContents(Query query) throws Exception {
        Map<String, String> contents = new LinkedHashMap<>();
        String tables = query.run("select tablename from pg_tables where schemaname = 'public' order by tablename");
        for (String table : tables.lines().filter(line -> !line.isBlank()).toList()) {
            String digest = query.run("select count(*) || ' ' || coalesce(md5(string_agg(t::text, "
                    + "'|' order by t::text)), '-') from \"" + table + "\" t");
            contents.put(table, digest);
        }
        return contents;
    }

    private interface Query {
        String run(String sql) throws Exception;
    }

    private static void script(DebianPostgres server, String... command) throws IOException, InterruptedException {
        script(Map.of("SPRING_DATASOURCE_URL", server.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", DebianPostgres.USER,
                "SPRING_DATASOURCE_PASSWORD", DebianPostgres.PASSWORD,
                "HCPRESS_PG_BIN", server.bin().toString()), command);
    }

    private static void script(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
    }

    @Test
    void theEmbeddedDatabaseOfADataDirectoryIsBackedUpAndRestoredWithTheDistributionsPgDump() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/lib/postgresql/" + EMBEDDED_MAJOR + "/bin/pg_restore")),
                "Debian's postgresql-client-" + EMBEDDED_MAJOR + " is not installed");
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "restore-embedded-");
        Path dataDirectory = work.resolve("data");
        try {
            try (ConfigurableApplicationContext app = startEmbedded(dataDirectory)) {
                writeContent(app, work);
            }
            // The scripts need the server running, as when HCPress runs it; here it runs alone, so no
            // background job writes while the tables are compared.
            try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setConnectConfig("password", Files.readString(dataDirectory.resolve("postgres.password")).trim())
                    .start()) {
                DataSource database = server.getPostgresDatabase();
                Map<String, String> before = tableContents(database);
                assertThat(before).containsKeys("article", "article_reference", "image", "zone");

                Path backup = work.resolve("backups/embedded.dump");
                Map<String, String> environment = Map.of("HCPRESS_DATA_DIR", dataDirectory.toString());
                script(environment, "bin/backup", backup.toString());
                new JdbcTemplate(database).execute("drop schema public cascade; create schema public");
                assertThat(tableContents(database)).isEmpty();

                script(environment, "bin/restore", backup.toString(), "--yes");
                assertThat(tableContents(database)).isEqualTo(before);
            }
            try (ConfigurableApplicationContext restored = startEmbedded(dataDirectory)) {
                assertThat(zonePage(restored)).contains(ARTICLE_TITLE);
            }
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    private static String zonePage(ConfigurableApplicationContext app) throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpResponse<String> zonePage = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/zones/" + ZONE)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(zonePage.statusCode()).isEqualTo(200);
        return zonePage.body();
    }

    private static ConfigurableApplicationContext startEmbedded(Path dataDirectory) {
        return new SpringApplicationBuilder(HcpressApplication.class).run("--server.port=0",
                "--spring.main.banner-mode=off",
                "--hcpress.data-dir=" + dataDirectory);
    }

    private static ConfigurableApplicationContext start(DebianPostgres server, Path work) {
        return new SpringApplicationBuilder(HcpressApplication.class).run("--server.port=0",
                "--spring.main.banner-mode=off",
                "--hcpress.data-dir=" + work.resolve("data"),
                "--spring.datasource.url=" + server.jdbcUrl(),
                "--spring.datasource.username=" + DebianPostgres.USER,
                "--spring.datasource.password=" + DebianPostgres.PASSWORD);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, Color.RED.getRGB());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
