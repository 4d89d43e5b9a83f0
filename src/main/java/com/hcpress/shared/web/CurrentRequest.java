package com.hcpress.shared.web;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The client address of the request being served, for records that keep it as evidence. */
public final class CurrentRequest {

    private CurrentRequest() {
    }

    /** Null outside a web request (e.g. a scheduled job). */
    public static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
