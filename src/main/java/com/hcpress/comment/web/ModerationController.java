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
import com.hcpress.account.Role;
import com.hcpress.comment.CommentActionException;
import com.hcpress.comment.CommentModeration;
import com.hcpress.comment.InvalidCommentException;
import com.hcpress.comment.ModerationFilter;
import com.hcpress.comment.ModerationScope;
import com.hcpress.content.ArticleDraftCheck;
import com.hcpress.content.ContentCatalog;
import com.hcpress.shared.Slug;
import com.hcpress.shared.web.BadRequestException;
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
    private final ContentCatalog catalog;

    ModerationController(CommentModeration moderation, CommentProblems problems, ContentCatalog catalog) {
        this.moderation = moderation;
        this.problems = problems;
        this.catalog = catalog;
    }

    @GetMapping
    String queue(@RequestParam(required = false) String view, @RequestParam(required = false) String after,
                 @RequestParam(required = false) String article, @RequestParam(required = false) String zone,
                 @AuthenticationPrincipal AccountPrincipal moderator, Model model) {
        String articleSlug = slug(article, "article");
        String zoneSlug = slug(zone, "zone");
        ModerationScope scope = new ModerationScope(articleSlug, zoneSlug);
        model.addAttribute("queue", moderation.queue(moderator, ModerationFilter.parse(view), scope, after));
        model.addAttribute("article", articleSlug == null ? "" : articleSlug);
        model.addAttribute("zone", zoneSlug == null ? "" : zoneSlug);
        model.addAttribute("zones", catalog.zones());
        model.addAttribute("administrator", moderator.hasRole(Role.ADMIN));
        return VIEW;
    }

    /** An article's or zone's slug from the filter, null for none; anything that cannot be one is refused. */
    private static String slug(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String slug = value.strip();
        if (!Slug.isSlug(slug, ArticleDraftCheck.MAX_SLUG)) {
            throw new BadRequestException("Not an " + what + " address: " + value);
        }
        return slug;
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
