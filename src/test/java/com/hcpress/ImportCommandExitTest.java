package com.hcpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.util.FileSystemUtils;

/**
 * {@code import-articles} as an editor runs it, in its own JVM on a data directory with the demo content: it imports
 * the example files, prints its report and exits with status 0, and nothing on the way out logs an
 * error or a stack trace (background work such as the search indexer stops quietly).
 */
class ImportCommandExitTest {

    @Test
    void theImportReportsAndExitsCleanly() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "import-exit-");
        Path output = dataDir.resolve("output.txt");
        try {
            // A data directory as an editor has it: demo content loaded, so the zone exists.
            new SpringApplicationBuilder(HcpressApplication.class)
                    .run("--server.port=0", "--spring.main.banner-mode=off", "--hcpress.data-dir=" + dataDir.resolve("data"))
                    .close();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    HcpressApplication.class.getName(), HcpressApplication.IMPORT_ARTICLES,
                    "--zone=liver-intervention", "--hcpress.data-dir=" + dataDir.resolve("data"), "docs/import-example/"))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            boolean exited = process.waitFor(5, TimeUnit.MINUTES);
            if (!exited) {
                process.destroyForcibly();
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(exited).as("the import exits by itself:\n" + printed).isTrue();
            assertThat(process.exitValue()).as(printed).isZero();
            assertThat(printed).contains("imported  ").contains(" imported, 0 failed")
                    .doesNotContainPattern("(?m)^\\S+\\s+(ERROR|WARN) ").doesNotContain("Exception").doesNotContain("\tat ");
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }
}
