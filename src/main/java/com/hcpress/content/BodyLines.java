package com.hcpress.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A revision's Markdown body as numbered lines, the anchors of line remarks: line {@code n} is the
 * n-th line (1-based) split at line breaks, and its hash is the SHA-256 of its text.
 */
public final class BodyLines {

    private BodyLines() {
    }

    public static List<String> of(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return List.of();
        }
        return List.of(markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    public static String hash(String line) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
