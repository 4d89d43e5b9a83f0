package com.hcpress.account;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.message.Messages;
import com.hcpress.message.Recipient;

/**
 * Six-digit codes sent by email or SMS. A code lives {@link #LIFETIME}, allows {@link #MAX_TRIES}
 * tries, and another may be sent {@link #RESEND_AFTER} after it. Only its keyed hash is stored.
 * A "blank" code is one that can never be right: it stands in for an identifier with nothing to
 * verify (an unknown account asking for a reset, a known one signing up again), so that the
 * answer, the form and the counting are the same either way.
 */
@Component
class OneTimeCodes {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    static final int MAX_TRIES = 5;

    enum Purpose { SIGN_UP, RESET, SIGN_IN }

    /** A stored code: what it is for, and for whom. */
    record Pending(long id, Purpose purpose, String identifier, Long accountId, String passwordHash,
                   Instant createdAt) {
    }

    enum Outcome { RIGHT, WRONG, SPENT }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ServerKey key;
    private final CodeThrottle throttle;
    private final Messages messages;

    OneTimeCodes(JdbcClient jdbc, ServerKey key, CodeThrottle throttle, Messages messages) {
        this.jdbc = jdbc;
        this.key = key;
        this.throttle = throttle;
        this.messages = messages;
    }

    /**
     * Counts the request against the limits and stores a new code (a blank one when {@code send}
     * is false), sending it with {@code template}. Answers the code's id, or the time to wait.
     */
    CodeRequest issue(Purpose purpose, SignInIdentifier identifier, Long accountId, String passwordHash,
                      String address, Locale locale, String template, boolean send) {
        Optional<Instant> blocked = throttle.tryAcquire(identifier.value(), address == null ? "unknown" : address);
        if (blocked.isPresent()) {
            return CodeRequest.waitUntil(blocked.get());
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        // A blank code's hash is of something no one can type.
        String stored = send ? hash(purpose, identifier.value(), code) : hash(purpose, identifier.value(), "blank-" + RANDOM.nextLong());
        jdbc.sql("update one_time_code set used_at = now() where identifier = ? and purpose = ? and used_at is null")
                .params(identifier.value(), purpose.name()).update();
        long id = jdbc.sql("insert into one_time_code (purpose, identifier, code_hash, password_hash, account_id, "
                        + "expires_at) values (?, ?, ?, ?, ?, now() + make_interval(secs => ?)) returning id")
                .params(purpose.name(), identifier.value(), stored, passwordHash, accountId, LIFETIME.toSeconds())
                .query(Long.class).single();
        if (send) {
            messages.send(recipient(accountId, identifier, locale), template,
                    Map.of("code", code, "minutes", LIFETIME.toMinutes()));
        }
        return CodeRequest.issued(id);
    }

    Optional<Pending> find(long id) {
        return jdbc.sql("select id, purpose, identifier, account_id, password_hash, created_at "
                        + "from one_time_code where id = ?")
                .param(id)
                .query((rs, n) -> new Pending(rs.getLong("id"), Purpose.valueOf(rs.getString("purpose")),
                        rs.getString("identifier"), (Long) rs.getObject("account_id"), rs.getString("password_hash"),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    /** When another code may be sent for the same request. */
    Instant resendAllowedAt(Pending pending) {
        return pending.createdAt().plus(RESEND_AFTER);
    }

    /** Checks a typed code; a right one is used up, and so is one tried {@link #MAX_TRIES} times. */
    Outcome verify(long id, Purpose purpose, String typed) {
        record Row(String identifier, String codeHash, int attempts, boolean live) {
        }
        Optional<Row> row = jdbc.sql("select identifier, code_hash, attempts, "
                        + "(used_at is null and expires_at > now()) as live from one_time_code "
                        + "where id = ? and purpose = ? for update")
                .params(id, purpose.name())
                .query((rs, n) -> new Row(rs.getString("identifier"), rs.getString("code_hash"), rs.getInt("attempts"),
                        rs.getBoolean("live")))
                .optional();
        if (row.isEmpty() || !row.get().live() || row.get().attempts() >= MAX_TRIES) {
            return Outcome.SPENT;
        }
        String clean = typed == null ? "" : typed.strip();
        boolean right = clean.matches("\\d{6}") && MessageDigest.isEqual(
                hash(purpose, row.get().identifier(), clean).getBytes(StandardCharsets.US_ASCII),
                row.get().codeHash().getBytes(StandardCharsets.US_ASCII));
        if (right) {
            jdbc.sql("update one_time_code set used_at = now(), attempts = attempts + 1 where id = ?").param(id).update();
            return Outcome.RIGHT;
        }
        jdbc.sql("update one_time_code set attempts = attempts + 1, "
                        + "used_at = case when attempts + 1 >= ? then now() else used_at end where id = ?")
                .params(MAX_TRIES, id).update();
        return Outcome.WRONG;
    }

    void forget(String identifier) {
        jdbc.sql("delete from one_time_code where identifier = ?").param(identifier).update();
        jdbc.sql("delete from one_time_code_request where identifier = ?").param(identifier).update();
    }

    static Recipient recipient(Long accountId, SignInIdentifier identifier, Locale locale) {
        return identifier.isEmail() ? Recipient.email(accountId, identifier.value(), locale)
                : Recipient.sms(accountId, identifier.value(), locale);
    }

    private String hash(Purpose purpose, String identifier, String code) {
        return key.hmac("code:" + purpose.name(), identifier + "\u0000" + code);
    }
}
