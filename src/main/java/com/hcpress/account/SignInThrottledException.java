package com.hcpress.account;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins: the form says when to try again. */
public class SignInThrottledException extends AuthenticationException {

    private final Instant retryAt;

    SignInThrottledException(Instant retryAt) {
        super("Too many failed sign-ins; try again at " + retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
