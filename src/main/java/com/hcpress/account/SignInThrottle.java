package com.hcpress.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in PostgreSQL over a sliding window, per account and per address, so
 * the limit holds however many instances serve the requests.
 */
@Component
class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;

    private final JdbcClient jdbc;

    SignInThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When this account or address may try again, if it must wait. */
    Optional<Instant> blockedUntil(String accountKey, String address) {
        Optional<Instant> account = blockedUntil("account_key", accountKey, PER_ACCOUNT);
        Optional<Instant> byAddress = blockedUntil("address", address, PER_ADDRESS);
        if (account.isPresent() && byAddress.isPresent()) {
            return Optional.of(account.get().isAfter(byAddress.get()) ? account.get() : byAddress.get());
        }
        return account.isPresent() ? account : byAddress;
    }

    void recordFailure(String accountKey, String address) {
        jdbc.sql("insert into sign_in_failure (account_key, address) values (?, ?)")
                .params(accountKey, address).update();
    }

    void forgetFailures(String accountKey) {
        jdbc.sql("delete from sign_in_failure where account_key = ?").param(accountKey).update();
    }

    private Optional<Instant> blockedUntil(String column, String key, int limit) {
        // column is one of two constants above, never user input
        List<Instant> recent = jdbc.sql("select failed_at from sign_in_failure where " + column + " = ? "
                        + "and failed_at > now() - make_interval(secs => ?) order by failed_at desc limit ?")
                .params(key, WINDOW.toSeconds(), limit)
                .query(Instant.class).list();
        return recent.size() < limit ? Optional.empty() : Optional.of(recent.get(limit - 1).plus(WINDOW));
    }
}
