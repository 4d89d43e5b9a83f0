package com.hcpress.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded server is PostgreSQL {@value #BUNDLED_MAJOR}, the major version Debian 12 packages,
 * so the distribution's {@code pg_dump} can back it up. A data directory written by another major
 * version cannot be opened by it; we say so plainly instead of letting the server fail to start.
 */
final class DataDirectoryVersion {

    static final int BUNDLED_MAJOR = 15;

    private DataDirectoryVersion() {
    }

    static void requireBundledMajor(Path dataDirectory) throws IOException {
        Path versionFile = dataDirectory.resolve("PG_VERSION");
        if (!Files.exists(versionFile)) {
            return;
        }
        String found = Files.readString(versionFile, StandardCharsets.US_ASCII).trim();
        if (!found.equals(Integer.toString(BUNDLED_MAJOR))) {
            throw new IncompatibleDataDirectoryException(dataDirectory, found, BUNDLED_MAJOR);
        }
    }

    static final class IncompatibleDataDirectoryException extends IllegalStateException {

        private final String action;

        IncompatibleDataDirectoryException(Path dataDirectory, String found, int bundled) {
            super("The embedded database in " + dataDirectory + " was written by PostgreSQL " + found
                    + ", but HCPress runs PostgreSQL " + bundled + ".");
            this.action = "Move " + dataDirectory + " away to start afresh with the demo content, or carry its"
                    + " data over: start the previous HCPress, back up with a pg_dump of version " + found
                    + ", start this one on an empty data directory and run bin/restore"
                    + " (docs/operations.md, \"The embedded database's version\").";
        }

        String action() {
            return action;
        }
    }
}
