package com.hcpress.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The embedded server's {@code pg_hba.conf}: password (SCRAM-SHA-256) for every connection, over
 * the loopback or the server's own socket, and nothing else. Data directories made before HCPress
 * set a password trust every local connection; {@link #trustsAnyone} finds those.
 */
final class ClientAuthentication {

    static final String PASSWORD_ONLY = """
            # Written by HCPress: every connection needs the password in ../postgres.password.
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;
    private static final Pattern TRUST_LINE = Pattern.compile("(?m)^\\s*(local|host\\w*)\\s.*\\btrust\\s*$");

    private ClientAuthentication() {
    }

    static boolean trustsAnyone(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        return Files.exists(hba) && TRUST_LINE.matcher(Files.readString(hba, StandardCharsets.UTF_8)).find();
    }

    static void requirePassword(Path dataDirectory) throws IOException {
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), PASSWORD_ONLY, StandardCharsets.UTF_8);
    }
}
