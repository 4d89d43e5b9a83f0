package com.hcpress.message;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delivery settings ({@code hcpress.messages.*}).
 *
 * @param from         the sender of emails
 * @param publicUrl    the address of this site as recipients reach it, for links in messages
 * @param pollInterval how often each instance looks for due messages (0 turns the worker off)
 * @param lease        how long a claimed message stays with its worker before another may take it
 * @param backoff      the wait after the first failed attempt; it doubles after each further one
 * @param maxBackoff   the longest wait between attempts
 * @param maxAttempts  attempts before a message is marked failed
 */
@ConfigurationProperties("hcpress.messages")
public record MessageProperties(String from, String publicUrl, Duration pollInterval, Duration lease,
                                Duration backoff, Duration maxBackoff, Integer maxAttempts) {

    public MessageProperties {
        from = from == null || from.isBlank() ? "HCPress <no-reply@hcpress.local>" : from;
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        backoff = backoff == null ? Duration.ofSeconds(30) : backoff;
        maxBackoff = maxBackoff == null ? Duration.ofHours(1) : maxBackoff;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
    }

    /** The wait after the given failed attempt: backoff, then doubling, at most maxBackoff. */
    Duration backoffAfter(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration wait = backoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
