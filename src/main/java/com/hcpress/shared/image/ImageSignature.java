package com.hcpress.shared.image;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What the bytes of an upload say it is, whatever its name or declared content type: licence
 * photos and editors' images alike.
 */
public final class ImageSignature {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    // Markup a browser would run if it ever sniffed the file as HTML or SVG. Long enough that
    // compressed image data practically never contains one by chance.
    private static final List<byte[]> MARKUP = List.of("<script", "<html", "<body", "<iframe", "<svg",
            "<object", "<embed", "<!doctype", "javascript:").stream()
            .map(token -> token.getBytes(StandardCharsets.US_ASCII)).toList();

    private ImageSignature() {
    }

    /** The ImageIO format name, "png" or "jpeg", when the bytes start like one. */
    public static Optional<String> format(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Optional.of("png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("jpeg");
        }
        return Optional.empty();
    }

    /** Whether the bytes carry HTML or script anywhere, as an image/HTML polyglot does. */
    public static boolean containsMarkup(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '<' || bytes[i] == 'j' || bytes[i] == 'J') {
                for (byte[] token : MARKUP) {
                    if (regionMatchesIgnoringCase(bytes, i, token)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean regionMatchesIgnoringCase(byte[] bytes, int offset, byte[] lowerCaseToken) {
        if (offset + lowerCaseToken.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < lowerCaseToken.length; i++) {
            int b = bytes[offset + i];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != lowerCaseToken[i]) {
                return false;
            }
        }
        return true;
    }
}
