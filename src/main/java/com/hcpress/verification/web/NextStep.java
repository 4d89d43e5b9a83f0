package com.hcpress.verification.web;

import org.springframework.web.util.UriComponentsBuilder;

import com.hcpress.shared.web.LocalPath;

/** Where the user was heading, carried safely from one verification page to the next. */
final class NextStep {

    static final String HOME = "/";

    private NextStep() {
    }

    static String orHome(String next) {
        return LocalPath.orDefault(next, HOME);
    }

    /** The page, with the next step as its {@code next} parameter. */
    static String link(String path, String next) {
        return UriComponentsBuilder.fromPath(path).queryParam("next", orHome(next)).encode().build().toUriString();
    }
}
