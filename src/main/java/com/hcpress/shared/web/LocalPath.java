package com.hcpress.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Redirect targets taken from a request: a path on this site only. Anything a browser could read
 * as another host ("//evil", "/\evil", a tab or newline that browsers drop) is refused.
 */
public final class LocalPath {

    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~%!$&'()*+,;=:@/?#]*");

    private LocalPath() {
    }

    public static String orDefault(String candidate, String fallback) {
        return isSafe(candidate) ? candidate : fallback;
    }

    static boolean isSafe(String candidate) {
        return candidate != null && candidate.length() <= 2000 && SAFE.matcher(candidate).matches();
    }

    public static String encode(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
