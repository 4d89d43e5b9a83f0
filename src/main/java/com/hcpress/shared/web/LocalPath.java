package com.hcpress.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Redirect targets taken from a request: only paths on this site, never another host. */
public final class LocalPath {

    private LocalPath() {
    }

    public static String orDefault(String candidate, String fallback) {
        return isSafe(candidate) ? candidate : fallback;
    }

    static boolean isSafe(String candidate) {
        return candidate != null && candidate.length() <= 500 && candidate.startsWith("/")
                && !candidate.startsWith("//") && !candidate.startsWith("/\\")
                && candidate.chars().noneMatch(c -> c < 0x20 || c == '\\' || c == 0x7f);
    }

    public static String encode(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
