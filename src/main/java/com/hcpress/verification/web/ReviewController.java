package com.hcpress.verification.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.AccountSummary;
import com.hcpress.shared.web.NotFoundException;
import com.hcpress.verification.DecisionResult;
import com.hcpress.verification.SubmissionView;
import com.hcpress.verification.Verifications;

/** The reviewers' queue and the page where a submission is approved or rejected. */
@Controller
@RequestMapping("/review")
class ReviewController {

    static final String QUEUE_VIEW = "verification/review-queue";
    static final String SUBMISSION_VIEW = "verification/review-submission";

    private final Verifications verifications;
    private final AccountRegistry accounts;
    private final MessageSource messages;

    ReviewController(Verifications verifications, AccountRegistry accounts, MessageSource messages) {
        this.verifications = verifications;
        this.accounts = accounts;
        this.messages = messages;
    }

    record QueueEntry(SubmissionView submission, String waiting) {
    }

    @GetMapping
    String queue(Model model, Locale locale) {
        Instant now = Instant.now();
        List<QueueEntry> entries = verifications.pending().stream()
                .map(s -> new QueueEntry(s, WaitingTime.since(s.submittedAt(), now, messages, locale)))
                .toList();
        model.addAttribute("entries", entries);
        return QUEUE_VIEW;
    }

    @GetMapping("/{id}")
    String submission(@AuthenticationPrincipal AccountPrincipal reviewer, @PathVariable long id, Model model) {
        SubmissionView submission = verifications.submission(id).orElseThrow(() -> NotFoundException.of("Submission", id));
        model.addAttribute("submission", submission);
        model.addAttribute("applicant", accounts.find(submission.userId()).map(AccountSummary::displayName).orElse(""));
        model.addAttribute("earlier", verifications.history(submission.userId()).stream()
                .filter(s -> s.id() != id).toList());
        model.addAttribute("own", submission.userId() == reviewer.id());
        model.addAttribute("reading", verifications.reading(id));
        model.addAttribute("duplicates", verifications.duplicates(submission));
        model.addAttribute("reasons", RejectionReason.values());
        // Room for the picked reason that goes before the note.
        model.addAttribute("maxNoteLength", Verifications.MAX_REJECTION_REASON_LENGTH - 60);
        return SUBMISSION_VIEW;
    }

    @PostMapping("/{id}/approve")
    String approve(@AuthenticationPrincipal AccountPrincipal reviewer, @PathVariable long id, RedirectAttributes flash) {
        return afterDecision(verifications.approve(reviewer.id(), id), id, flash);
    }

    @PostMapping("/{id}/reject")
    String reject(@AuthenticationPrincipal AccountPrincipal reviewer, @PathVariable long id,
                  @RequestParam(required = false) RejectionReason reason, @RequestParam(required = false) String note,
                  Locale locale, RedirectAttributes flash) {
        String text = reason == null ? "" : reason.text(note, messages, locale);
        return afterDecision(verifications.reject(reviewer.id(), id, text), id, flash);
    }

    private static String afterDecision(DecisionResult result, long id, RedirectAttributes flash) {
        if (result.outcome() == DecisionResult.Outcome.REASON_INVALID) {
            flash.addFlashAttribute("reasonError", result.messageKey());
            return "redirect:/review/" + id;
        }
        flash.addFlashAttribute("notice", result.messageKey());
        flash.addFlashAttribute("noticeKind", result.decided() ? "ok" : "warn");
        return "redirect:/review";
    }
}
