package com.hcpress.verification.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.AccountSummary;
import com.hcpress.account.Role;
import com.hcpress.content.ListCursor;
import com.hcpress.content.ListPage;
import com.hcpress.shared.web.BadRequestException;
import com.hcpress.shared.web.NotFoundException;
import com.hcpress.verification.DecisionResult;
import com.hcpress.verification.FieldMark;
import com.hcpress.verification.ReasonTemplates;
import com.hcpress.verification.ReviewedField;
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
    private final ReasonTemplates templates;

    ReviewController(Verifications verifications, AccountRegistry accounts, MessageSource messages,
                     ReasonTemplates templates) {
        this.verifications = verifications;
        this.accounts = accounts;
        this.messages = messages;
        this.templates = templates;
    }

    record QueueEntry(SubmissionView submission, String waiting) {
    }

    /**
     * The queue, oldest first, {@link ListCursor#PAGE} at a time: 查看更多 loads the next ones with
     * htmx (or opens them as a page without script) from {@code ?after=}, the time sent and the id
     * of the last one shown.
     */
    @GetMapping
    String queue(@RequestParam(required = false) String after, HttpServletRequest request, Model model, Locale locale) {
        Optional<ListCursor> cursor = ListCursor.parse(after);
        if (cursor == null || (cursor.isPresent() && !cursor.get().isInstant())) {
            throw new BadRequestException("Not a place in the queue: " + after);
        }
        Instant now = Instant.now();
        ListPage<SubmissionView> page = verifications.waiting(cursor);
        List<QueueEntry> entries = page.rows().stream()
                .map(s -> new QueueEntry(s, WaitingTime.since(s.submittedAt(), now, messages, locale)))
                .toList();
        model.addAttribute("entries", entries);
        model.addAttribute("next", page.next());
        model.addAttribute("total", verifications.waitingCount());
        return cursor.isPresent() && request.getHeader("HX-Request") != null ? QUEUE_VIEW + " :: items" : QUEUE_VIEW;
    }

    @GetMapping("/{id}")
    String submission(@AuthenticationPrincipal AccountPrincipal reviewer, @PathVariable long id, Model model) {
        verifications.submission(id).orElseThrow(() -> NotFoundException.of("Submission", id));
        // Opening a pending submission claims it (or renews the reviewer's own claim).
        boolean claimed = verifications.claim(reviewer.id(), id);
        return show(reviewer, id, claimed, Map.of(), model);
    }

    private String show(AccountPrincipal reviewer, long id, boolean claimed, Map<ReviewedField, FieldMark> marked, Model model) {
        SubmissionView submission = verifications.submission(id).orElseThrow(() -> NotFoundException.of("Submission", id));
        model.addAttribute("submission", submission);
        model.addAttribute("claimed", claimed);
        model.addAttribute("claimedByOther", submission.claimedByOther(reviewer.id(), Instant.now()));
        model.addAttribute("claimHolder", submission.claimedBy() == null ? ""
                : accounts.find(submission.claimedBy()).map(AccountSummary::displayName).orElse(""));
        model.addAttribute("admin", reviewer.hasRole(Role.ADMIN));
        model.addAttribute("previousId", verifications.previousWaiting(submission).orElse(null));
        model.addAttribute("nextId", verifications.nextWaiting(submission).orElse(null));
        model.addAttribute("applicant", accounts.find(submission.userId()).map(AccountSummary::displayName).orElse(""));
        model.addAttribute("earlier", verifications.history(submission.userId()).stream()
                .filter(s -> s.id() != id).toList());
        model.addAttribute("own", submission.userId() == reviewer.id());
        model.addAttribute("reading", verifications.reading(id));
        model.addAttribute("duplicates", verifications.duplicates(submission));
        model.addAttribute("fields", ReviewedField.values());
        model.addAttribute("templates", templates.enabled());
        model.addAttribute("marked", marked);
        model.addAttribute("maxNoteLength", FieldMark.MAX_NOTE);
        model.addAttribute("fieldRejections", verifications.fieldRejections(id));
        return SUBMISSION_VIEW;
    }

    @PostMapping("/{id}/approve")
    String approve(@AuthenticationPrincipal AccountPrincipal reviewer, @PathVariable long id, RedirectAttributes flash) {
        return afterDecision(verifications.approve(reviewer.id(), id), id, flash);
    }

    /**
     * Rejects field by field: {@code field} once per marked field (a {@link ReviewedField} name),
     * with {@code reason-FIELD} (a template id) and {@code note-FIELD}. Refused input shows the page
     * again, with what was marked, as 422.
     */
    @PostMapping("/{id}/reject")
    String reject(@AuthenticationPrincipal AccountPrincipal reviewer, @PathVariable long id,
                  @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        Map<ReviewedField, FieldMark> marks = new LinkedHashMap<>();
        boolean unknownField = false;
        for (String name : params.getOrDefault("field", List.of())) {
            ReviewedField field = fieldNamed(name);
            if (field == null) {
                unknownField = true;
                continue;
            }
            marks.put(field, new FieldMark(field, templateId(params.getFirst("reason-" + name)), params.getFirst("note-" + name)));
        }
        DecisionResult result = unknownField ? new DecisionResult(DecisionResult.Outcome.FIELDS_MISSING)
                : verifications.rejectFields(reviewer.id(), id, new ArrayList<>(marks.values()));
        if (result.inputRefused()) {
            SubmissionView submission = verifications.submission(id).orElseThrow(() -> NotFoundException.of("Submission", id));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("reasonError", result.messageKey());
            return show(reviewer, id, !submission.claimedByOther(reviewer.id(), Instant.now()) && submission.pending(), marks, model);
        }
        return afterDecision(result, id, flash);
    }

    private static ReviewedField fieldNamed(String name) {
        for (ReviewedField field : ReviewedField.values()) {
            if (field.name().equals(name)) {
                return field;
            }
        }
        return null;
    }

    private static Long templateId(String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }

    @PostMapping("/{id}/release")
    String release(@AuthenticationPrincipal AccountPrincipal reviewer, @PathVariable long id, RedirectAttributes flash) {
        boolean released = verifications.release(reviewer.id(), id);
        flash.addFlashAttribute("notice", released ? "review.claim.released" : "review.claim.notHeld");
        flash.addFlashAttribute("noticeKind", released ? "ok" : "warn");
        return "redirect:/review";
    }

    private static String afterDecision(DecisionResult result, long id, RedirectAttributes flash) {
        if (result.outcome() == DecisionResult.Outcome.CLAIMED_BY_OTHER) {
            flash.addFlashAttribute("notice", result.messageKey());
            flash.addFlashAttribute("noticeKind", "warn");
            return "redirect:/review/" + id;
        }
        if (result.outcome() == DecisionResult.Outcome.REASON_INVALID) {
            flash.addFlashAttribute("reasonError", result.messageKey());
            return "redirect:/review/" + id;
        }
        flash.addFlashAttribute("notice", result.messageKey());
        flash.addFlashAttribute("noticeKind", result.decided() ? "ok" : "warn");
        return "redirect:/review";
    }
}
