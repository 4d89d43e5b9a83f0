package com.hcpress.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server from Debian's packages ({@code postgresql}), as an operator's external
 * database: its own data directory, password authentication, the loopback only. Started for a test
 * and stopped after it. When HCPress runs as root, the server runs as the {@code postgres} account,
 * since PostgreSQL refuses to run as root.
 */
public final class DebianPostgres implements AutoCloseable {

    public static final String USER = "hcpress";
    public static final String PASSWORD = "rehearsal-password";
    public static final String DATABASE = "hcpress";

    private final Path bin;
    private final Path dataDirectory;
    private final int port;

    private DebianPostgres(Path bin, Path dataDirectory, int port) {
        this.bin = bin;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** The newest server installed under /usr/lib/postgresql, if any. */
    public static Optional<Path> installedBin() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("postgres")) && Files.isExecutable(bin.resolve("pg_dump")))
                    .max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString())));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts a server whose files live in a new folder under {@code parent}; run as root, under /tmp
     * instead, since the postgres account must get through every folder above its own and a checkout
     * may be in one it cannot enter (a temporary folder is 0700).
     */
    public static DebianPostgres start(Path bin, Path parent) throws IOException, InterruptedException {
        Path dataDirectory = Files.createTempDirectory(isRoot() ? Path.of("/tmp") : parent.toAbsolutePath(),
                "debian-pg-");
        Path socketDirectory = dataDirectory.resolve("socket");
        Path pgData = dataDirectory.resolve("data");
        Files.createDirectories(socketDirectory);
        Path passwordFile = dataDirectory.resolve("superuser.password");
        Files.writeString(passwordFile, PASSWORD + "\n");
        if (isRoot()) {
            run(List.of("chown", "-R", "postgres:postgres", dataDirectory.toString()));
        }
        int port = freePort();
        run(asServerUser(dataDirectory, List.of(bin.resolve("initdb").toString(), "-D", pgData.toString(), "-U", USER,
                "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8")));
        run(asServerUser(dataDirectory, List.of(bin.resolve("pg_ctl").toString(), "-D", pgData.toString(), "-w", "-t", "60",
                "-l", dataDirectory.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + socketDirectory + " -c listen_addresses=127.0.0.1", "start")));
        DebianPostgres server = new DebianPostgres(bin, dataDirectory, port);
        server.psql("postgres", "create database " + DATABASE);
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public Path bin() {
        return bin;
    }

    /** Runs SQL through psql as the server's superuser. */
    public String psql(String database, String sql) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p",
                Integer.toString(port), "-U", USER, "-d", database, "-v", "ON_ERROR_STOP=1", "-Atc", sql);
        builder.environment().put("PGPASSWORD", PASSWORD);
        return run(builder);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(asServerUser(dataDirectory, List.of(bin.resolve("pg_ctl").toString(), "-D",
                dataDirectory.resolve("data").toString(), "-m", "fast", "-w", "stop")));
        run(List.of("rm", "-rf", dataDirectory.toString()));
    }

    /** In the server's own folder, so that the postgres account is not left in one it cannot enter. */
    private static ProcessBuilder asServerUser(Path dataDirectory, List<String> command) {
        List<String> asPostgres = new ArrayList<>();
        if (isRoot()) {
            asPostgres.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        asPostgres.addAll(command);
        return new ProcessBuilder(asPostgres).directory(dataDirectory.toFile());
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        return run(new ProcessBuilder(command));
    }

    private static String run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", builder.command()) + " failed:\n" + output);
        }
        return output.trim();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
