package com.hcpress.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many one-time codes may be asked for, per identifier (the email or mobile a code goes to)
 * and per client address, over a sliding hour, counted in PostgreSQL so the limit holds across
 * instances. Known and unknown identifiers count alike.
 */
@Component
class CodeThrottle {

    static final Duration WINDOW = Duration.ofHours(1);
    static final int PER_IDENTIFIER = 5;
    static final int PER_ADDRESS = 20;

    private final JdbcClient jdbc;

    CodeThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts this request, or answers when one may be asked for again. */
    Optional<Instant> tryAcquire(String identifier, String address) {
        // One identifier at a time, so parallel requests cannot each see room for one more.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("code:" + identifier).query(Object.class).list();
        Optional<Instant> byIdentifier = blockedUntil("identifier", identifier, PER_IDENTIFIER);
        Optional<Instant> byAddress = blockedUntil("address", address, PER_ADDRESS);
        if (byIdentifier.isPresent() || byAddress.isPresent()) {
            Instant until = byIdentifier.orElse(Instant.MIN);
            return Optional.of(byAddress.filter(other -> other.isAfter(until)).orElse(until));
        }
        jdbc.sql("insert into one_time_code_request (identifier, address) values (?, ?)")
                .params(identifier, address).update();
        return Optional.empty();
    }

    private Optional<Instant> blockedUntil(String column, String key, int limit) {
        // column is one of two constants above, never user input
        List<Instant> recent = jdbc.sql("select requested_at from one_time_code_request where " + column + " = ? "
                        + "and requested_at > now() - make_interval(secs => ?) order by requested_at desc limit ?")
                .params(key, WINDOW.toSeconds(), limit)
                .query(Instant.class).list();
        return recent.size() < limit ? Optional.empty() : Optional.of(recent.get(limit - 1).plus(WINDOW));
    }
}
