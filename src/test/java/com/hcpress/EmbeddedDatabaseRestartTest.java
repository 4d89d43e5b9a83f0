package com.hcpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.NewZone;

/** The embedded database keeps what was written across restarts, even after a crash. */
class EmbeddedDatabaseRestartTest {

    @Test
    void dataSurvivesARestartAndDemoContentIsLoadedOnce() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-");
        try {
            try (ConfigurableApplicationContext first = start(dataDir)) {
                assertThat(first.getBean(ContentCatalog.class).zones()).hasSize(1);
                first.getBean(ContentEditor.class).createZone(new NewZone("added-zone", "新增", "Added", "", "", 9));
            }
            try (ConfigurableApplicationContext second = start(dataDir)) {
                assertThat(second.getBean(ContentCatalog.class).zones())
                        .extracting(zone -> zone.slug())
                        .containsExactly("liver-intervention", "added-zone");
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    @Test
    void aServerLeftRunningByAKilledProcessDoesNotBlockTheNextStart() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "orphan-");
        try {
            Path pgData = dataDir.resolve("postgres");
            Process starter = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                    "-cp", System.getProperty("java.class.path"), OrphanServer.class.getName(), pgData.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(starter.getInputStream()))) {
                String line;
                while ((line = out.readLine()) != null && !line.equals(OrphanServer.READY)) {
                    // wait until the server runs
                }
            }
            starter.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook stops its PostgreSQL
            assertThat(Files.exists(pgData.resolve("postmaster.pid"))).isTrue();

            try (ConfigurableApplicationContext app = start(dataDir)) {
                assertThat(app.getBean(ContentCatalog.class).zones()).isNotEmpty();
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(HcpressApplication.class)
                .run("--server.port=0", "--hcpress.data-dir=" + dataDir.toAbsolutePath(), "--spring.main.banner-mode=off");
    }
}
