package com.hcpress.verification.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.verification.Verifications;

/** Where the user's verification stands; when rejected (审核未通过), the reason and 重新提交. */
@Controller
class StatusController {

    static final String PATH = "/verification/status";
    static final String VIEW = "verification/status";

    private final Verifications verifications;

    StatusController(Verifications verifications) {
        this.verifications = verifications;
    }

    @GetMapping(PATH)
    String status(@AuthenticationPrincipal AccountPrincipal user, @RequestParam(required = false) String next, Model model) {
        model.addAttribute("status", verifications.status(user.id()));
        model.addAttribute("history", verifications.history(user.id()));
        model.addAttribute("correction", verifications.correction(user.id()).orElse(null));
        model.addAttribute("next", NextStep.orHome(next));
        model.addAttribute("profileUrl", NextStep.link(ProfileController.PATH, next));
        return VIEW;
    }
}
