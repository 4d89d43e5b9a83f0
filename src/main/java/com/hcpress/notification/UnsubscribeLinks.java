package com.hcpress.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.message.Channel;
import com.hcpress.message.EmailHeaders;
import com.hcpress.message.MessageProperties;
import com.hcpress.message.OutboxMessage;

/**
 * One-click unsubscribe (RFC 8058): every notification email names a link whose token, signed with
 * HMAC-SHA256, says which account and category. The key is {@code hcpress.notifications.unsubscribe-secret},
 * or else the one generated in the database, so every instance checks the same signature.
 */
@Component
public class UnsubscribeLinks implements EmailHeaders {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final MessageProperties properties;
    private final String configuredSecret;
    private volatile byte[] key;

    UnsubscribeLinks(JdbcClient jdbc, MessageProperties properties,
                     @Value("${hcpress.notifications.unsubscribe-secret:}") String configuredSecret) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.configuredSecret = configuredSecret;
    }

    @Override
    public Map<String, String> headersFor(OutboxMessage message) {
        if (message.channel() != Channel.EMAIL || message.accountId() == null || message.category() == null) {
            return Map.of();
        }
        Optional<NotificationCategory> category = NotificationCategory.fromKey(message.category());
        if (category.isEmpty()) {
            return Map.of();
        }
        return Map.of("List-Unsubscribe", "<" + url(message.accountId(), category.get()) + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    public String url(long accountId, NotificationCategory category) {
        return properties.publicUrl() + "/unsubscribe?token=" + token(accountId, category);
    }

    public String token(long accountId, NotificationCategory category) {
        String payload = ENCODER.encodeToString((accountId + ":" + category.key()).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The account and category a token names, when its signature holds. */
    public Optional<Subscription> read(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).split(":", 2);
            if (parts.length != 2) {
                return Optional.empty();
            }
            long accountId = Long.parseLong(parts[0]);
            return NotificationCategory.fromKey(parts[1]).map(category -> new Subscription(accountId, category));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /**
     * A signed token naming an account for one purpose of another feature (e.g. the follow digest):
     * the same key, a payload that no category token can be mistaken for, and back.
     */
    public String token(String purpose, long accountId) {
        String payload = ENCODER.encodeToString((purpose + "/" + accountId).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The account a {@link #token(String, long)} names for {@code purpose}, when its signature holds. */
    public Optional<Long> account(String purpose, String token) {
        if (token == null || token.length() > 200 || token.indexOf('.') <= 0) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        String payload = token.substring(0, dot);
        try {
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            String named = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
            return named.startsWith(purpose + "/")
                    ? Optional.of(Long.parseLong(named.substring(purpose.length() + 1))) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            String secret = configuredSecret.isBlank()
                    ? jdbc.sql("select secret from notification_secret where id = 1").query(String.class).single()
                    : configuredSecret;
            known = secret.getBytes(StandardCharsets.UTF_8);
            key = known;
        }
        return known;
    }

    public record Subscription(long accountId, NotificationCategory category) {
    }
}
