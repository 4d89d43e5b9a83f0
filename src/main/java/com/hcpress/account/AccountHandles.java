package com.hcpress.account;

import org.springframework.stereotype.Component;

/**
 * A short handle naming an account to other people, like "k3f9a2": stable, but derived from the
 * account id with the server's key, so it shows nothing of the email or mobile number and cannot
 * be turned back into the id.
 */
@Component
public class AccountHandles {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final ServerKey key;

    AccountHandles(ServerKey key) {
        this.key = key;
    }

    public String of(long accountId) {
        String hex = key.hmac("account-handle", Long.toString(accountId));
        long bits = Long.parseUnsignedLong(hex.substring(0, 15), 16);
        StringBuilder handle = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            handle.append(ALPHABET.charAt((int) (bits % ALPHABET.length())));
            bits /= ALPHABET.length();
        }
        return handle.toString();
    }
}
