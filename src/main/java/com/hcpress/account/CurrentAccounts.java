package com.hcpress.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.shared.cache.CacheRegistry;
import com.hcpress.shared.cache.ConfirmedCopies;
import com.hcpress.shared.web.CurrentPrincipals;

/**
 * Each account's current stamp, roles and enabled flag, as every request checks them. A copy read
 * from PostgreSQL is used for {@code hcpress.account.state-lifetime} (under a second) as it is, and
 * for up to {@link #LONG_LIFETIME} while the cache change bus is confirmed delivered
 * ({@link ConfirmedCopies}): a change made on another instance is announced there (topic
 * {@link AccountRegistry#CHANGES}; written straight into the database: by a trigger) and seen here at
 * once; one made here is seen at once, since the change forgets the copy after its commit.
 */
@Component
class CurrentAccounts implements CurrentPrincipals {

    static final Duration LONGEST_LIFETIME = Duration.ofSeconds(1);
    static final Duration LONG_LIFETIME = Duration.ofMinutes(10);

    /**
     * The account as read, with the principal a request acts as while the stamp is current: made once
     * per read rather than per request (it is immutable, and its authorities are made once too).
     */
    record State(boolean enabled, String stamp, AccountPrincipal principal) {

        State(long id, String displayName, Set<Role> roles, boolean enabled, String stamp) {
            this(enabled, stamp, new AccountPrincipal(id, displayName, null, roles, true, stamp));
        }
    }

    private final JdbcClient jdbc;
    private final ConfirmedCopies<Long, Optional<State>> states;

    CurrentAccounts(JdbcClient jdbc, @Value("${hcpress.account.state-lifetime:500ms}") Duration lifetime,
                    CacheChanges changes, CacheRegistry caches) {
        if (lifetime.isNegative() || lifetime.compareTo(LONGEST_LIFETIME) >= 0) {
            throw new IllegalArgumentException("an account's state may be remembered for less than " + LONGEST_LIFETIME);
        }
        this.jdbc = jdbc;
        this.states = new ConfirmedCopies<>(lifetime, LONG_LIFETIME, 100_000, System::nanoTime);
        states.confirmedBy(changes);
        caches.register("account-states", states.cache());
        changes.subscribe(AccountRegistry.CHANGES, this::forget);
    }

    @Override
    public Optional<UserDetails> current(Object storedPrincipal) {
        if (!(storedPrincipal instanceof AccountPrincipal principal) || principal.securityStamp() == null) {
            return Optional.empty();
        }
        return state(principal.id())
                .filter(state -> state.enabled() && state.stamp().equals(principal.securityStamp()))
                .map(State::principal);
    }

    Optional<State> state(long accountId) {
        Optional<State> known = states.get(accountId);
        if (known != null) {
            return known;
        }
        long readToken = states.beforeRead();
        Optional<State> read = load(accountId);
        states.put(accountId, read, readToken);
        return read;
    }

    void forget(long accountId) {
        states.forget(accountId);
    }

    private void forget(String accountId) {
        if (CacheChanges.EVERYTHING.equals(accountId)) {
            states.forgetAll();
        } else {
            states.forget(Long.parseLong(accountId));
        }
    }

    private Optional<State> load(long accountId) {
        return jdbc.sql("select u.id, coalesce(u.email, u.mobile) as name, u.enabled, u.security_stamp::text as stamp, "
                        + "coalesce((select string_agg(r.role, ',') from user_role r where r.user_id = u.id), '') as roles "
                        + "from app_user u where u.id = ?")
                .param(accountId).query(CurrentAccounts::state).optional();
    }

    private static State state(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",")).filter(role -> !role.isEmpty()).map(Role::valueOf)
                .forEach(roles::add);
        return new State(rs.getLong("id"), rs.getString("name"), roles, rs.getBoolean("enabled"), rs.getString("stamp"));
    }
}
