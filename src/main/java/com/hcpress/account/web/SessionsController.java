package com.hcpress.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountSessions;

/** Where the user is signed in: each session's device, address and last use; ending one, or all others. */
@Controller
class SessionsController {

    private final AccountSessions sessions;

    SessionsController(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/account/sessions")
    String list(@AuthenticationPrincipal AccountPrincipal user, HttpServletRequest request, Model model) {
        model.addAttribute("sessions", sessions.list(user.id(), currentId(request)));
        return "account/sessions";
    }

    @PostMapping("/account/sessions/{handle}/end")
    String end(@PathVariable String handle, @AuthenticationPrincipal AccountPrincipal user) {
        boolean ended = handle.matches("[0-9a-f]{20}") && sessions.end(user.id(), handle);
        return "redirect:/account/sessions" + (ended ? "?ended" : "");
    }

    @PostMapping("/account/sessions/end-others")
    String endOthers(@AuthenticationPrincipal AccountPrincipal user, HttpServletRequest request) {
        sessions.endAllBut(user.id(), currentId(request));
        return "redirect:/account/sessions?endedOthers";
    }

    private static String currentId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }
}
