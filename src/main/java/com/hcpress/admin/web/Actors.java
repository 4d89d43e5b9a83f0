package com.hcpress.admin.web;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.AccountSummary;
import com.hcpress.account.SignInIdentifier;

/** Reads "which account" as administrators type it in filters: an email, a mobile number or an id. */
@Component
class Actors {

    static final int MAX_INPUT = 254;

    private final AccountRegistry registry;

    Actors(AccountRegistry registry) {
        this.registry = registry;
    }

    /** Whether the text is something an account could be named by at all. */
    static boolean wellFormed(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String clean = text.strip();
        return clean.length() <= MAX_INPUT && (clean.matches("\\d{1,18}") || SignInIdentifier.parse(clean).isPresent());
    }

    /** The account named; empty when none is (a well-formed name of nobody). */
    Optional<AccountSummary> find(String text) {
        String clean = text.strip();
        Optional<SignInIdentifier> identifier = SignInIdentifier.parse(clean);
        if (identifier.isPresent()) {
            Optional<AccountSummary> found = registry.find(identifier.get());
            if (found.isPresent() || !clean.matches("\\d{1,18}")) {
                return found;
            }
        }
        return clean.matches("\\d{1,18}") ? registry.find(Long.parseLong(clean)) : Optional.empty();
    }
}
