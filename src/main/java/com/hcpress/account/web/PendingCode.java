package com.hcpress.account.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The code a form is waiting for, kept in the visitor's session (stored in PostgreSQL): its id,
 * the identifier it went to (as the visitor typed it) and where to go afterwards. One per flow.
 */
record PendingCode(long codeId, String identifier, String next) implements java.io.Serializable {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    enum Flow {
        SIGN_UP("SIGN_UP", "/signup"), RESET("RESET", "/password"), SIGN_IN("SIGN_IN", "/login/code");

        final String purpose;
        final String base;

        Flow(String purpose, String base) {
            this.purpose = purpose;
            this.base = base;
        }

        String attribute() {
            return "hcpress.pending-code." + name();
        }
    }

    static PendingCode of(HttpServletRequest request, Flow flow) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (PendingCode) session.getAttribute(flow.attribute());
    }

    void keep(HttpServletRequest request, Flow flow) {
        request.getSession(true).setAttribute(flow.attribute(), this);
    }

    PendingCode withCode(long newCodeId) {
        return new PendingCode(newCodeId, identifier, next);
    }

    static void forget(HttpServletRequest request, Flow flow) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(flow.attribute());
        }
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }
}
