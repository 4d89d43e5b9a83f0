package com.hcpress.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/**
 * A real OpenSearch 2.19.6 node in a child JVM, for tests (src/test/opensearch-node). Maven builds that
 * project first, which resolves the server's own class path from Maven Central; the node then listens
 * on a free loopback port with plain HTTP, and ends when its standard input closes, so never outlives
 * the test JVM.
 */
final class OpenSearchNodeProcess implements AutoCloseable {

    private static final Path PROJECT = Path.of("src/test/opensearch-node/pom.xml");
    private static final Path BUILT = Path.of("target/opensearch-node");
    private static final Duration BUILD_LIMIT = Duration.ofMinutes(10);
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final String PORT_LINE = "http.port=";

    private final Process process;
    private final Path home;
    private final int port;

    private OpenSearchNodeProcess(Process process, Path home, int port) {
        this.process = process;
        this.home = home;
        this.port = port;
    }

    static OpenSearchNodeProcess start() {
        try {
            String classpath = build();
            Path home = BUILT.resolve("home-" + UUID.randomUUID()).toAbsolutePath();
            Files.createDirectories(home.resolve("tmp"));
            Path log = home.resolve("node.log");
            Process process = new ProcessBuilder(javaCommand(), "-Xms256m", "-Xmx512m", "-XX:TieredStopAtLevel=1",
                    "-Djava.io.tmpdir=" + home.resolve("tmp"), "-cp", classpath,
                    "com.hcpress.opensearchnode.OpenSearchNode", home.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new OpenSearchNodeProcess(process, home, awaitPort(process, log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            FileSystemUtils.deleteRecursively(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Builds the node's project with the Maven running this build (or the wrapper) and answers its class path. */
    private static String build() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(mavenCommand());
        command.addAll(List.of("-B", "-q", "-f", PROJECT.toString(), "package"));
        property("hcpress.test.maven-repo").ifPresent(repo -> command.add("-Dmaven.repo.local=" + repo));
        Path log = Files.createDirectories(BUILT).resolve("build.log");
        Process maven = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!maven.waitFor(BUILD_LIMIT.toSeconds(), TimeUnit.SECONDS) || maven.exitValue() != 0) {
                maven.destroyForcibly();
                throw new IllegalStateException("Building the OpenSearch node failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            maven.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String jar = BUILT.resolve("hcpress-opensearch-node-0.1.0-SNAPSHOT.jar").toAbsolutePath().toString();
        return jar + java.io.File.pathSeparator + Files.readString(BUILT.resolve("classpath.txt")).strip();
    }

    private static int awaitPort(Process process, Path log) throws IOException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> line = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith(PORT_LINE)).findFirst();
            if (line.isPresent()) {
                return Integer.parseInt(line.get().substring(PORT_LINE.length()).strip());
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The OpenSearch node stopped: " + Files.readString(log));
            }
            sleep();
        }
        process.destroyForcibly();
        throw new IllegalStateException("The OpenSearch node did not start within " + START_LIMIT + ": " + Files.readString(log));
    }

    private static String mavenCommand() {
        return property("hcpress.test.maven-home").map(home -> Path.of(home, "bin", "mvn"))
                .filter(Files::isExecutable).map(Path::toString)
                .orElseGet(() -> Path.of("mvnw").toAbsolutePath().toString());
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Optional<String> property(String name) {
        return Optional.ofNullable(System.getProperty(name)).filter(value -> !value.isBlank() && !value.startsWith("${"));
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
