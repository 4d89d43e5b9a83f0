package com.hcpress.comment.web;

import java.util.Locale;

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
import com.hcpress.comment.CommentActionException;
import com.hcpress.comment.CommentModeration;
import com.hcpress.comment.InvalidCommentException;
import com.hcpress.comment.ModerationFilter;
import com.hcpress.shared.web.LocalPath;

/**
 * The editors' queue of reported and recent comments, and the moderation actions, which the
 * article page's staff tools post to as well. Each action goes back where it came from.
 */
@Controller
@RequestMapping("/editor/comments")
class ModerationController {

    static final String VIEW = "comment/moderation";
    private static final String QUEUE = "/editor/comments";

    private final CommentModeration moderation;
    private final CommentProblems problems;

    ModerationController(CommentModeration moderation, CommentProblems problems) {
        this.moderation = moderation;
        this.problems = problems;
    }

    @GetMapping
    String queue(@RequestParam(required = false) String view, @RequestParam(required = false) String after,
                 @AuthenticationPrincipal AccountPrincipal moderator, Model model) {
        model.addAttribute("queue", moderation.queue(moderator, ModerationFilter.parse(view), after));
        return VIEW;
    }

    @PostMapping("/{id}/hide")
    String hide(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam(required = false) String back,
                @AuthenticationPrincipal AccountPrincipal moderator, Locale locale, RedirectAttributes redirect) {
        return act(() -> moderation.hide(moderator, id, reason), back, locale, redirect);
    }

    @PostMapping("/{id}/restore")
    String restore(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam(required = false) String back,
                   @AuthenticationPrincipal AccountPrincipal moderator, Locale locale, RedirectAttributes redirect) {
        return act(() -> moderation.restore(moderator, id, reason), back, locale, redirect);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam(required = false) String back,
                  @AuthenticationPrincipal AccountPrincipal moderator, Locale locale, RedirectAttributes redirect) {
        return act(() -> moderation.delete(moderator, id, reason), back, locale, redirect);
    }

    @PostMapping("/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam(required = false) String back,
                   @AuthenticationPrincipal AccountPrincipal moderator, Locale locale, RedirectAttributes redirect) {
        return act(() -> moderation.dismissReports(moderator, id, reason), back, locale, redirect);
    }

    @PostMapping("/{id}/pin")
    String pin(@PathVariable long id, @RequestParam(required = false) String back,
               @AuthenticationPrincipal AccountPrincipal moderator, Locale locale, RedirectAttributes redirect) {
        return act(() -> moderation.pin(moderator, id), back, locale, redirect);
    }

    @PostMapping("/{id}/unpin")
    String unpin(@PathVariable long id, @RequestParam(required = false) String back,
                 @AuthenticationPrincipal AccountPrincipal moderator, Locale locale, RedirectAttributes redirect) {
        return act(() -> moderation.unpin(moderator, id), back, locale, redirect);
    }

    private String act(Runnable action, String back, Locale locale, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("moderationDone", true);
        } catch (InvalidCommentException e) {
            redirect.addFlashAttribute("moderationError", problems.message(e, locale));
        } catch (CommentActionException e) {
            redirect.addFlashAttribute("moderationError", problems.message(e, locale));
        }
        return "redirect:" + LocalPath.orDefault(back, QUEUE);
    }
}
