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

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.hcpress.shared.web.CurrentPrincipals;

/**
 * Each account's current stamp, roles and enabled flag, as every request checks them. Read from
 * PostgreSQL at most once per {@code hcpress.account.state-lifetime} (under a second) per account
 * and instance: a change made on another instance is seen there within that time; one made here is
 * seen at once, since the change forgets the copy after its commit.
 */
@Component
class CurrentAccounts implements CurrentPrincipals {

    static final Duration LONGEST_LIFETIME = Duration.ofSeconds(1);

    record State(long id, String displayName, Set<Role> roles, boolean enabled, String stamp) {
    }

    private final JdbcClient jdbc;
    private final Cache<Long, Optional<State>> states;

    CurrentAccounts(JdbcClient jdbc, @Value("${hcpress.account.state-lifetime:500ms}") Duration lifetime) {
        if (lifetime.isNegative() || lifetime.compareTo(LONGEST_LIFETIME) >= 0) {
            throw new IllegalArgumentException("an account's state may be remembered for less than " + LONGEST_LIFETIME);
        }
        this.jdbc = jdbc;
        this.states = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(lifetime).build();
    }

    @Override
    public Optional<UserDetails> current(Object storedPrincipal) {
        if (!(storedPrincipal instanceof AccountPrincipal principal) || principal.securityStamp() == null) {
            return Optional.empty();
        }
        return state(principal.id())
                .filter(state -> state.enabled() && state.stamp().equals(principal.securityStamp()))
                .map(state -> new AccountPrincipal(state.id(), state.displayName(), null, state.roles(), true,
                        state.stamp()));
    }

    Optional<State> state(long accountId) {
        return states.get(accountId, this::load);
    }

    void forget(long accountId) {
        states.invalidate(accountId);
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
