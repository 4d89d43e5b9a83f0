package com.hcpress.account;

/**
 * A password already hashed by {@link AccountRegistry#hash(String)}, so that many accounts created
 * with the same password (demo and test data) pay for the deliberately slow hash once.
 */
public final class PasswordHash {

    private final String encoded;

    PasswordHash(String encoded) {
        this.encoded = encoded;
    }

    String encoded() {
        return encoded;
    }
}
