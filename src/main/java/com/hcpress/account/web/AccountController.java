package com.hcpress.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.PersonalAccessTokens;
import com.hcpress.consent.ConsentChoice;
import com.hcpress.consent.ConsentRecord;
import com.hcpress.consent.Consents;
import com.hcpress.consent.RequestOrigin;

/** The user's own page: who they are, what they consented to, and withdrawing it. */
@Controller
class AccountController {

    private final Consents consents;
    private final PersonalAccessTokens tokens;

    AccountController(Consents consents, PersonalAccessTokens tokens) {
        this.consents = consents;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        return page(user, model);
    }

    /**
     * Makes a token and answers with the account page showing it, this once. No redirect: the token
     * would have to wait in the session (stored in the database) for the next request.
     */
    @PostMapping("/account/tokens")
    String createToken(@RequestParam(required = false) String name, @AuthenticationPrincipal AccountPrincipal user,
                       Model model, HttpServletResponse response) {
        try {
            model.addAttribute("newToken", tokens.create(user.id(), name));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        } catch (PersonalAccessTokens.InvalidTokenRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("tokenError", e.getMessage());
        }
        return page(user, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
        tokens.revoke(user.id(), id);
        return "redirect:/account?revoked#tokens";
    }

    private String page(AccountPrincipal user, Model model) {
        List<ConsentRecord> ledger = consents.ledger(user.id());
        model.addAttribute("user", user);
        model.addAttribute("ledger", ledger);
        model.addAttribute("active", ActiveConsents.of(ledger));
        model.addAttribute("tokens", tokens.list(user.id()));
        return "account/home";
    }

    @PostMapping("/account/consents/{documentId}/withdraw")
    String withdraw(@PathVariable long documentId, @AuthenticationPrincipal AccountPrincipal user,
                    HttpServletRequest request) {
        boolean agreedNow = ActiveConsents.of(consents.ledger(user.id())).stream()
                .anyMatch(record -> record.document().id() == documentId);
        if (agreedNow) {
            consents.record(user.id(), documentId, ConsentChoice.WITHDRAWN,
                    new RequestOrigin(request.getRemoteAddr(), request.getHeader("User-Agent")));
        }
        return "redirect:/account?withdrawn";
    }
}
