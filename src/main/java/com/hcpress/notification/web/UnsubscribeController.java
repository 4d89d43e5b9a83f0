package com.hcpress.notification.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.notification.NotificationPreferences;
import com.hcpress.notification.UnsubscribeLinks;

/**
 * One-click unsubscribe (RFC 8058). A mail client POSTs to the link from the email header without
 * cookies, so the POST needs neither sign-in nor a CSRF token: the signed token is the authority, and
 * all it can do is stop one category's email. A GET (a person who clicked) shows a confirm button.
 */
@Controller
class UnsubscribeController {

    private final UnsubscribeLinks links;
    private final NotificationPreferences preferences;

    UnsubscribeController(UnsubscribeLinks links, NotificationPreferences preferences) {
        this.links = links;
        this.preferences = preferences;
    }

    @GetMapping("/unsubscribe")
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Optional<UnsubscribeLinks.Subscription> subscription = links.read(token);
        if (subscription.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalid", true);
            return "notification/unsubscribe";
        }
        model.addAttribute("token", token).addAttribute("category", subscription.get().category());
        return "notification/unsubscribe";
    }

    @PostMapping("/unsubscribe")
    String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Optional<UnsubscribeLinks.Subscription> subscription = links.read(token);
        if (subscription.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalid", true);
            return "notification/unsubscribe";
        }
        boolean done = preferences.stopEmailIfAccountExists(subscription.get().accountId(), subscription.get().category());
        model.addAttribute("done", done).addAttribute("invalid", !done)
                .addAttribute("category", subscription.get().category());
        return "notification/unsubscribe";
    }
}
