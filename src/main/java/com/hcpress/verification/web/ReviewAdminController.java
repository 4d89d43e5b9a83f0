package com.hcpress.verification.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.verification.DecisionResult;
import com.hcpress.verification.Verifications;

/**
 * What only administrators do to a submission, from the review page: take over another
 * reviewer's claim, and revoke an approval with a reason. Under /admin, so only admins get here.
 */
@Controller
@RequestMapping("/admin/verification")
class ReviewAdminController {

    private final Verifications verifications;

    ReviewAdminController(Verifications verifications) {
        this.verifications = verifications;
    }

    @PostMapping("/{id}/take-over")
    String takeOver(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, RedirectAttributes flash) {
        boolean taken = verifications.takeOver(admin.id(), id);
        flash.addFlashAttribute("notice", taken ? "review.claim.takenOver" : "review.claim.notTaken");
        flash.addFlashAttribute("noticeKind", taken ? "ok" : "warn");
        return "redirect:/review/" + id;
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id,
                  @RequestParam(required = false) String reason, RedirectAttributes flash) {
        DecisionResult result = verifications.revoke(admin.id(), id, reason);
        flash.addFlashAttribute("notice", result.messageKey());
        flash.addFlashAttribute("noticeKind", result.outcome() == DecisionResult.Outcome.REVOKED ? "ok" : "warn");
        return "redirect:/review/" + id;
    }
}
