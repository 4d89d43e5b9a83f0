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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.audit.AuditLog;
import com.hcpress.shared.web.ApiTokenAuthenticator;

/**
 * Personal access tokens: a user makes them on the account page for apps that call the API as
 * them. A token is 32 random bytes, shown once; only its SHA-256 is stored (a token has far too
 * much entropy to be guessed from its hash, so a slow password hash would buy nothing). A token
 * passes exactly the gate its owner's session would.
 */
@Service
@Transactional
public class PersonalAccessTokens implements ApiTokenAuthenticator {

    public static final int MAX_ACTIVE = 10;
    private static final String PREFIX = "hcp_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just made: {@code token} is never available again. */
    public record CreatedToken(long id, String name, String token) {
    }

    public record TokenSummary(long id, String name, String hint, Instant createdAt, Instant lastUsedAt,
                               Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
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

    public CreatedToken create(long userId, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 60) {
            throw new InvalidTokenRequestException("tokens.name.invalid");
        }
        // Serialises token creation per user, so the limit holds against parallel requests.
        jdbc.sql("select id from app_user where id = ? for update").param(userId).query(Long.class).single();
        int active = jdbc.sql("select count(*) from personal_access_token where user_id = ? and revoked_at is null")
                .param(userId).query(Integer.class).single();
        if (active >= MAX_ACTIVE) {
            throw new InvalidTokenRequestException("tokens.tooMany");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("insert into personal_access_token (user_id, name, token_hash, hint) values (?, ?, ?, ?) "
                        + "returning id")
                .params(userId, trimmed, hash(token), token.substring(0, 8))
                .query(Long.class).single();
        audit.record(userId, "token.created", "token:" + id);
        return new CreatedToken(id, trimmed, token);
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> list(long userId) {
        return jdbc.sql("select id, name, hint, created_at, last_used_at, revoked_at from personal_access_token "
                        + "where user_id = ? order by revoked_at is not null, id desc")
                .param(userId)
                .query((rs, n) -> new TokenSummary(rs.getLong("id"), rs.getString("name"), rs.getString("hint"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
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
    public Optional<UserDetails> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        record Found(long id, long userId, Instant lastUsedAt) {
        }
        Optional<Found> found = jdbc.sql("select id, user_id, last_used_at from personal_access_token "
                        + "where token_hash = ? and revoked_at is null")
                .param(hash(token))
                .query((rs, n) -> new Found(rs.getLong("id"), rs.getLong("user_id"),
                        instant(rs.getTimestamp("last_used_at"))))
                .optional();
        // "Last used" to the minute is enough, and spares a write on every API call.
        found.filter(f -> f.lastUsedAt() == null || f.lastUsedAt().isBefore(Instant.now().minusSeconds(60)))
                .ifPresent(f -> jdbc.sql("update personal_access_token set last_used_at = now() where id = ?")
                        .param(f.id()).update());
        return found.flatMap(f -> accounts.findById(f.userId())).map(Account::toPrincipal);
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
