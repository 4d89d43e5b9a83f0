package com.hcpress.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.shared.cache.CacheRegistry;

/**
 * A short handle naming an account to other people, like "k3f9a2": stable, but derived from the
 * account id with the server's key, so it shows nothing of the email or mobile number and cannot
 * be turned back into the id. A list of comments names each author by it, so handles are kept per
 * account ({@link #MAX_ENTRIES}); they never go stale (id and key do not change), and an account's
 * is forgotten when the account changes (topic {@link AccountRegistry#CHANGES}: closed, erased).
 */
@Component
public class AccountHandles {

    static final int MAX_ENTRIES = 50_000;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final ServerKey key;
    private final Cache<Long, String> handles;

    AccountHandles(ServerKey key, CacheChanges changes, CacheRegistry caches) {
        this.key = key;
        this.handles = caches.register("account-handles",
                Caffeine.newBuilder().maximumSize(MAX_ENTRIES).recordStats().build());
        changes.subscribe(AccountRegistry.CHANGES, account -> {
            if (CacheChanges.EVERYTHING.equals(account)) {
                handles.invalidateAll();
            } else {
                handles.invalidate(Long.parseLong(account));
            }
        });
    }

    public String of(long accountId) {
        return handles.get(accountId, this::derive);
    }

    private String derive(long accountId) {
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
