package com.hcpress.account.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import com.hcpress.account.AccountRegistry;
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
    private final AccountRegistry registry;
    private final SessionSignIn signIn;

    AccountController(Consents consents, PersonalAccessTokens tokens, AccountRegistry registry, SessionSignIn signIn) {
        this.consents = consents;
        this.tokens = tokens;
        this.registry = registry;
        this.signIn = signIn;
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
    String createToken(@RequestParam(required = false) String name, @RequestParam(defaultValue = "") String password,
                       @RequestParam(defaultValue = "READ") String scope,
                       @RequestParam(defaultValue = "" + PersonalAccessTokens.DEFAULT_DAYS) String days,
                       @AuthenticationPrincipal AccountPrincipal user, Model model, HttpServletResponse response) {
        try {
            // A session alone (perhaps a stolen one) does not make a token: the password is asked again.
            if (!registry.passwordMatches(user.id(), password)) {
                throw new PersonalAccessTokens.InvalidTokenRequestException("tokens.password.wrong");
            }
            model.addAttribute("newToken", tokens.create(user.id(), name, scope(scope), days(days)));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        } catch (PersonalAccessTokens.InvalidTokenRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("tokenError", e.getMessage());
        }
        return page(user, model);
    }

    /**
     * Changes the password; every other session of the account ends, and this one carries on under
     * the account's new security stamp.
     */
    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String newPassword,
                          @AuthenticationPrincipal AccountPrincipal user, HttpServletRequest request,
                          HttpServletResponse response, Locale locale, Model model) {
        String sessionId = request.getSession(true).getId();
        Optional<String> problem = registry.changePassword(user.id(), currentPassword, newPassword, sessionId, locale);
        if (problem.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("passwordError", problem.get());
            return page(user, model);
        }
        signIn.signIn(registry.principal(user.id()).orElseThrow(), request, response);
        return "redirect:/account?passwordChanged#password";
    }

    private static PersonalAccessTokens.Scope scope(String text) {
        for (PersonalAccessTokens.Scope scope : PersonalAccessTokens.Scope.values()) {
            if (scope.name().equals(text)) {
                return scope;
            }
        }
        throw new PersonalAccessTokens.InvalidTokenRequestException("tokens.scope.invalid");
    }

    private static int days(String text) {
        if (!text.matches("\\d{1,3}")) {
            throw new PersonalAccessTokens.InvalidTokenRequestException("tokens.days.invalid");
        }
        return Integer.parseInt(text);
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
        model.addAttribute("tokenDays", List.of(30, PersonalAccessTokens.DEFAULT_DAYS, 180, PersonalAccessTokens.MAX_DAYS));
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
