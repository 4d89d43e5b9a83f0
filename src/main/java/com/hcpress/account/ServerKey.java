package com.hcpress.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The server's own key for keyed hashes (HMAC-SHA256), made once by the database migration and
 * shared by every instance: one-time codes are stored as such a hash, and neutral handles for
 * accounts are derived from it, so neither can be recomputed from what the database row shows.
 */
@Component
class ServerKey {

    private final JdbcClient jdbc;
    private volatile SecretKeySpec key;

    ServerKey(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The hex HMAC of {@code purpose}, a separator and {@code text}. */
    String hmac(String purpose, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal((purpose + "\u0000" + text).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            String value = jdbc.sql("select value from server_key where name = 'hmac'").query(String.class).single();
            current = new SecretKeySpec(value.getBytes(StandardCharsets.US_ASCII), "HmacSHA256");
            key = current;
        }
        return current;
    }
}
