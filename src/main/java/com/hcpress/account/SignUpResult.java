package com.hcpress.account;

import java.util.Map;

/** A new account's id, or per form field the message key of what is wrong. */
public record SignUpResult(Long userId, Map<String, String> errors) {

    static SignUpResult created(long userId) {
        return new SignUpResult(userId, Map.of());
    }

    static SignUpResult rejected(Map<String, String> errors) {
        return new SignUpResult(null, Map.copyOf(errors));
    }

    public boolean succeeded() {
        return userId != null;
    }
}
