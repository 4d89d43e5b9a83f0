package com.hcpress.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded server's superuser password: generated once, kept beside the database files in
 * {@code <data directory>/postgres.password} with mode 0600, so only the account running HCPress
 * (and root) can read it. {@code bin/backup} and {@code bin/restore} read it from there.
 */
final class EmbeddedDatabasePassword {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private EmbeddedDatabasePassword() {
    }

    static Path fileFor(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
    }

    /** The password in the file, made first if there is none; the file is (again) readable by its owner only. */
    static String readOrCreate(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!Files.exists(file)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.writeString(file, password + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            } catch (FileAlreadyExistsException raced) {
                // another start made it first: use theirs
            }
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        String password = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (password.isEmpty()) {
            throw new IOException("The embedded database password file " + file + " is empty");
        }
        return password;
    }
}
