package com.hcpress.shared.web;

import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;

/** Turns a bearer token sent to the API into the user it belongs to, if it is valid. */
public interface ApiTokenAuthenticator {

    Optional<UserDetails> authenticate(String token);
}
