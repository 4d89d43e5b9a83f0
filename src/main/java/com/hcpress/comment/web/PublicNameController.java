package com.hcpress.comment.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.InvalidPublicNameException;
import com.hcpress.comment.PublicNames;

/** The account page's choice of how the reader is named beside their comments. */
@Controller
class PublicNameController {

    static final String VIEW = "comment/public-name";

    private final PublicNames names;

    PublicNameController(PublicNames names) {
        this.names = names;
    }

    @GetMapping("/account/public-name")
    String form(@AuthenticationPrincipal AccountPrincipal user, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        PublicNames.Choice choice = names.choice(user.id());
        model.addAttribute("choice", choice).addAttribute("typedHandle", choice.handle());
        return VIEW;
    }

    @PostMapping("/account/public-name")
    String choose(@RequestParam(required = false) String shows, @RequestParam(required = false) String handle,
                  @AuthenticationPrincipal AccountPrincipal user, Model model, HttpServletResponse response) {
        try {
            names.choose(user.id(), shows, handle);
        } catch (InvalidPublicNameException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            model.addAttribute("choice", names.choice(user.id())).addAttribute("typedHandle", handle)
                    .addAttribute("error", e.messageKey());
            return VIEW;
        }
        return "redirect:/account/public-name?saved";
    }
}
