package com.hcpress.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing here by that name: pages answer with the 404 page, the API with a problem detail. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    private NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException of(String what, Object key) {
        return new NotFoundException(what + " " + key + " not found");
    }
}
