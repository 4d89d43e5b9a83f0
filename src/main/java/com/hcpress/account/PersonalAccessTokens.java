package com.hcpress.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.audit.AuditLog;
import com.hcpress.shared.web.ApiTokenAuthenticator;
import com.hcpress.shared.web.ApiTokenAuthenticator.ApiGrant;

/**
 * Personal access tokens: a user makes them on the account page for apps that call the API as
 * them. A token is 32 random bytes, shown once; only its SHA-256 is stored (a token has far too
 * much entropy to be guessed from its hash, so a slow password hash would buy nothing). A token
 * passes exactly the gate its owner's session would. It expires (90 days unless chosen otherwise,
 * a year at most), may be read-only, and belongs to the security stamp of the account when it was
 * made: disabling the account, a role change or a password change ends it.
 */
@Service
@Transactional
public class PersonalAccessTokens implements ApiTokenAuthenticator {

    public static final int MAX_ACTIVE = 10;
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;

    public enum Scope { READ, READ_WRITE }
    private static final String PREFIX = "hcp_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just made: {@code token} is never available again. */
    public record CreatedToken(long id, String name, String token) {
    }

    public record TokenSummary(long id, String name, String hint, Scope scope, Instant createdAt,
                               Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

        public boolean active() {
            return revokedAt == null && expiresAt.isAfter(Instant.now());
        }

        public boolean expired() {
            return revokedAt == null && !active();
        }
    }

    /** What is wrong with a token's name, as a message key. */
    public static final class InvalidTokenRequestException extends RuntimeException {

        public InvalidTokenRequestException(String messageKey) {
            super(messageKey);
        }
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;

    PersonalAccessTokens(JdbcClient jdbc, Accounts accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** A read-write token for {@link #DEFAULT_DAYS} days. */
    public CreatedToken create(long userId, String name) {
        return create(userId, name, Scope.READ_WRITE, DEFAULT_DAYS);
    }

    public CreatedToken create(long userId, String name, Scope scope, int days) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 60) {
            throw new InvalidTokenRequestException("tokens.name.invalid");
        }
        if (scope == null) {
            throw new InvalidTokenRequestException("tokens.scope.invalid");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidTokenRequestException("tokens.days.invalid");
        }
        // Serialises token creation per user, so the limit holds against parallel requests.
        jdbc.sql("select id from app_user where id = ? for update").param(userId).query(Long.class).single();
        int active = jdbc.sql("select count(*) from personal_access_token where user_id = ? and revoked_at is null "
                        + "and expires_at > now()")
                .param(userId).query(Integer.class).single();
        if (active >= MAX_ACTIVE) {
            throw new InvalidTokenRequestException("tokens.tooMany");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("insert into personal_access_token (user_id, name, token_hash, hint, scope, expires_at, "
                        + "security_stamp) select ?, ?, ?, ?, ?, now() + make_interval(days => ?), security_stamp "
                        + "from app_user where id = ? returning id")
                .params(userId, trimmed, hash(token), token.substring(0, 8), scope.name(), days, userId)
                .query(Long.class).single();
        audit.record(userId, "token.created", "token:" + id, null, scope.name() + ", " + days + "d");
        return new CreatedToken(id, trimmed, token);
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> list(long userId) {
        return jdbc.sql("select id, name, hint, scope, created_at, expires_at, last_used_at, revoked_at "
                        + "from personal_access_token where user_id = ? "
                        + "order by revoked_at is not null or expires_at <= now(), id desc")
                .param(userId)
                .query((rs, n) -> new TokenSummary(rs.getLong("id"), rs.getString("name"), rs.getString("hint"),
                        Scope.valueOf(rs.getString("scope")), instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("expires_at")), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes the user's own token; someone else's token id is treated as unknown. */
    public boolean revoke(long userId, long tokenId) {
        boolean revoked = jdbc.sql("update personal_access_token set revoked_at = now() "
                        + "where id = ? and user_id = ? and revoked_at is null")
                .params(tokenId, userId).update() == 1;
        if (revoked) {
            audit.record(userId, "token.revoked", "token:" + tokenId);
        }
        return revoked;
    }

    @Override
    public Optional<ApiGrant> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        record Found(long id, long userId, Instant lastUsedAt, boolean readOnly) {
        }
        // Joined with the account: a token made under an older security stamp is no token.
        Optional<Found> found = jdbc.sql("select t.id, t.user_id, t.last_used_at, t.scope from personal_access_token t "
                        + "join app_user u on u.id = t.user_id and u.security_stamp = t.security_stamp "
                        + "where t.token_hash = ? and t.revoked_at is null and t.expires_at > now()")
                .param(hash(token))
                .query((rs, n) -> new Found(rs.getLong("id"), rs.getLong("user_id"),
                        instant(rs.getTimestamp("last_used_at")), Scope.READ.name().equals(rs.getString("scope"))))
                .optional();
        // "Last used" to the minute is enough, and spares a write on every API call.
        found.filter(f -> f.lastUsedAt() == null || f.lastUsedAt().isBefore(Instant.now().minusSeconds(60)))
                .ifPresent(f -> jdbc.sql("update personal_access_token set last_used_at = now() where id = ?")
                        .param(f.id()).update());
        return found.flatMap(f -> accounts.findById(f.userId())
                .map(account -> new ApiGrant(account.toPrincipal(), f.readOnly())));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
