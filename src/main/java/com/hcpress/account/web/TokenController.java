package com.hcpress.account.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.PersonalAccessTokens;

/** Creating and revoking the user's personal access tokens for the API, from the account page. */
@Controller
class TokenController {

    private final PersonalAccessTokens tokens;

    TokenController(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam(required = false) String name, @AuthenticationPrincipal AccountPrincipal user,
                  RedirectAttributes redirect) {
        try {
            // Shown once on the next page (a flash attribute lives for one request), never again.
            redirect.addFlashAttribute("newToken", tokens.create(user.id(), name));
        } catch (PersonalAccessTokens.InvalidTokenRequestException e) {
            redirect.addFlashAttribute("tokenError", e.getMessage());
        }
        return "redirect:/account#tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
        tokens.revoke(user.id(), id);
        return "redirect:/account?revoked#tokens";
    }
}
