package com.hcpress.shared.web;

import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;

/** Turns a bearer token sent to the API into the user it belongs to, if it is valid. */
public interface ApiTokenAuthenticator {

    /** The user a valid token acts as, and whether it may only read (no POST, PUT, PATCH, DELETE). */
    record ApiGrant(UserDetails user, boolean readOnly) {
    }

    Optional<ApiGrant> authenticate(String token);
}
