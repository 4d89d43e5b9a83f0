package com.hcpress.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed with SIGKILL leaves its PostgreSQL child running and holding the data directory.
 * Before starting, we stop such an orphan (the live postgres process named in its pid file),
 * so a crash never blocks the next start.
 */
final class StaleServer {

    private static final Logger log = LoggerFactory.getLogger(StaleServer.class);
    private static final Duration GRACE = Duration.ofSeconds(15);

    private StaleServer() {
    }

    static void stopIfRunning(Path dataDirectory) {
        orphanServing(dataDirectory).ifPresent(process -> {
            log.warn("Stopping PostgreSQL process {} left running on {}", process.pid(), dataDirectory);
            process.destroy(); // SIGTERM: a smart shutdown, immediate since its clients are gone
            if (!awaitExit(process, GRACE)) {
                process.destroyForcibly();
                awaitExit(process, GRACE);
            }
        });
    }

    private static Optional<ProcessHandle> orphanServing(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(StaleServer::isPostgres);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The pid file is the server's own, so a live postgres with that pid is the one serving it. */
    private static boolean isPostgres(ProcessHandle process) {
        return commandLine(process).contains("postgres");
    }

    /** The server runs as another user, whose command line ProcessHandle.Info may not show. */
    private static String commandLine(ProcessHandle process) {
        Path procCmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            if (Files.isReadable(procCmdline)) {
                return new String(Files.readAllBytes(procCmdline), StandardCharsets.UTF_8).replace('\0', ' ');
            }
        } catch (IOException e) {
            // fall through to what the JDK can tell
        }
        return process.info().commandLine().orElse("");
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }
}
