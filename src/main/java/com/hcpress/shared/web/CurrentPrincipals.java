package com.hcpress.shared.web;

import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal a request may act as now, from the one its session or token carries: with the
 * account's current roles, or empty once the account was disabled, erased or its credentials or
 * roles changed since the session or token was made.
 */
public interface CurrentPrincipals {

    Optional<UserDetails> current(Object storedPrincipal);
}
