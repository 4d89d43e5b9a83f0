package com.hcpress.follow.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.audit.AuditLog;
import com.hcpress.follow.DigestUnsubscribeLinks;
import com.hcpress.follow.Follows;

/**
 * One-click unsubscribe from the follow digest (RFC 8058). A mail client POSTs the link of the
 * email's {@code List-Unsubscribe} header without cookies, so the POST needs neither sign-in nor a
 * CSRF token: the signed token is the authority, and all it can do is turn that reader's digest off.
 * A GET (a person who clicked) shows a button. Repeating it changes nothing and says the same.
 */
@Controller
class DigestUnsubscribeController {

    static final String VIEW = "follow/unsubscribe";

    private final DigestUnsubscribeLinks links;
    private final Follows follows;
    private final AuditLog audit;

    DigestUnsubscribeController(DigestUnsubscribeLinks links, Follows follows, AuditLog audit) {
        this.links = links;
        this.follows = follows;
        this.audit = audit;
    }

    @GetMapping("/unsubscribe/digest")
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        if (links.account(token).isEmpty()) {
            return invalid(model, response);
        }
        model.addAttribute("token", token);
        return VIEW;
    }

    @PostMapping("/unsubscribe/digest")
    String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        Optional<Long> account = links.account(token);
        if (account.isEmpty()) {
            return invalid(model, response);
        }
        if (follows.stopDigest(account.get())) {
            audit.record(account.get(), "follow.digest.unsubscribed", "account:" + account.get(), null, "NONE");
        }
        model.addAttribute("done", true);
        return VIEW;
    }

    private static String invalid(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("invalid", true);
        return VIEW;
    }
}
