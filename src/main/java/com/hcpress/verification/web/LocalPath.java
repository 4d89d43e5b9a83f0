package com.hcpress.verification.web;

import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where to send the user after a step: a path on this site only. Anything that a browser could
 * read as another host ("//evil", "/\evil", a tab or newline that browsers drop) falls back to "/".
 */
final class LocalPath {

    static final String HOME = "/";
    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~%!$&'()*+,;=:@/?#]*");

    private LocalPath() {
    }

    static String orHome(String next) {
        return next != null && next.length() <= 2000 && SAFE.matcher(next).matches() ? next : HOME;
    }

    /** The path with the (safe) next step as its {@code next} parameter, for the pages between. */
    static String withNext(String path, String next) {
        return UriComponentsBuilder.fromPath(path).queryParam("next", orHome(next)).encode().build().toUriString();
    }
}
