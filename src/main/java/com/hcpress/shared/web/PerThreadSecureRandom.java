package com.hcpress.shared.web;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A {@link SecureRandom} whose bytes come from one DRBG per thread. The CSRF token is masked with
 * fresh random bytes on every page; from the platform's default generator, which reads
 * /dev/urandom under one lock for the whole JVM, that made request threads queue for each other.
 */
final class PerThreadSecureRandom extends SecureRandom {

    private static final ThreadLocal<SecureRandom> PER_THREAD = ThreadLocal.withInitial(PerThreadSecureRandom::drbg);

    @Override
    public void nextBytes(byte[] bytes) {
        PER_THREAD.get().nextBytes(bytes);
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no DRBG", e);
        }
    }
}
