package com.hcpress.shared.web;

import java.nio.charset.CharacterCodingException;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;

/**
 * A request the client got wrong at the level of bytes: percent-encoding that does not decode,
 * bytes that are not UTF-8. Such a request is answered 400 and logged as one line, never as an
 * error of ours with a stack trace, so a flood of them cannot flood the log.
 */
public final class MalformedRequests {

    private static final int MAX_LOGGED_LENGTH = 200;

    private MalformedRequests() {
    }

    /** Whether this failure, or one it wraps, says the request itself could not be read. */
    public static boolean isMalformed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException || cause instanceof CharacterCodingException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Method and raw path of the request, shortened and without control characters, for one log line. */
    public static String describe(HttpServletRequest request) {
        return describe(request.getMethod(), request.getRequestURI());
    }

    static String describe(String method, String uri) {
        String line = (method == null ? "?" : method) + " " + (uri == null ? "" : uri);
        StringBuilder safe = new StringBuilder(Math.min(line.length(), MAX_LOGGED_LENGTH + 1));
        for (int i = 0; i < line.length() && safe.length() < MAX_LOGGED_LENGTH; i++) {
            char c = line.charAt(i);
            safe.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        if (line.length() > MAX_LOGGED_LENGTH) {
            safe.append('…');
        }
        return safe.toString();
    }
}
