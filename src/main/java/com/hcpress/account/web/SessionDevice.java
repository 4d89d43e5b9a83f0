package com.hcpress.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.hcpress.account.AccountSessions;

/** Notes the browser (user agent) and address of each sign-in in its session, for the sessions page. */
@Component
class SessionDevice {

    static void record(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        String agent = request.getHeader("User-Agent");
        session.setAttribute(AccountSessions.DEVICE, agent == null ? "" : agent.substring(0, Math.min(agent.length(), 300)));
        session.setAttribute(AccountSessions.ADDRESS, request.getRemoteAddr());
    }

    /** A sign-in through the password form; the session already has its new id here. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            record(attributes.getRequest());
        }
    }
}
