package com.hcpress.comment.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.CommentActionException;
import com.hcpress.comment.CommentOrder;
import com.hcpress.comment.CommentView;
import com.hcpress.comment.Comments;
import com.hcpress.comment.InvalidCommentException;
import com.hcpress.comment.LikeState;
import com.hcpress.comment.PostingLimitException;
import com.hcpress.comment.ReaderCommentPage;
import com.hcpress.comment.ReaderCommentPages;
import com.hcpress.comment.ReportReason;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ContentCatalog;
import com.hcpress.gate.GateClosedException;
import com.hcpress.shared.web.NotFoundException;

/**
 * Comments on the article page. htmx requests get the fragment that changed (a page of comments,
 * a comment, a like button); plain requests get the comments page or go back to the article.
 */
@Controller
@RequestMapping("/articles/{slug}/comments")
class CommentController {

    static final String THREAD = "comment/thread";
    static final String PAGE = "comment/page";
    static final String PROBLEM = "comment/problem";

    private final Comments comments;
    private final ReaderCommentPages pages;
    private final SharedCommentSections sections;
    private final CommentProblems problems;
    private final ContentCatalog catalog;

    CommentController(Comments comments, ReaderCommentPages pages, SharedCommentSections sections,
                      CommentProblems problems, ContentCatalog catalog) {
        this.comments = comments;
        this.catalog = catalog;
        this.pages = pages;
        this.sections = sections;
        this.problems = problems;
    }

    @GetMapping
    ModelAndView list(@PathVariable String slug, @RequestParam(required = false) String sort,
                      @RequestParam(required = false) String after, @AuthenticationPrincipal AccountPrincipal user,
                      Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
        // The kept article, asked straight: no transaction interceptor on the most read comment route.
        ArticleSummary article = catalog.articleSummary(slug).orElseThrow(() -> NotFoundException.of("Article", slug));
        // Every page is shared between readers: kept bytes, with the reader's own comments' controls their own.
        ReaderCommentPage shown = pages.forReader(user, article, CommentOrder.parse(sort), after);
        if (Htmx.isRequest(request)) {
            return new ModelAndView(sections.section(article.id(), slug, shown, locale, user.isContentStaff(), request,
                    response));
        }
        model.addAttribute("slug", slug).addAttribute("page", shown.seen()).addAttribute("article", article);
        return new ModelAndView(PAGE);
    }

    /** The fragment of {@link #THREAD} a page of comments is answered with to htmx. */
    static String fragment(String after) {
        return after == null ? "section" : "items";
    }

    @GetMapping("/{id}/replies")
    String replies(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String after,
                   @AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("slug", slug)
                .addAttribute("replies", comments.replies(user, comments.article(slug), id, after));
        return THREAD + " :: moreReplies";
    }

    @GetMapping("/{id}/report")
    String reportForm(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
                      Model model) {
        model.addAttribute("slug", slug).addAttribute("commentId", comments.comment(user, comments.article(slug), id).id());
        return THREAD + " :: reportForm";
    }

    @GetMapping("/{id}/manage")
    String staffTools(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
                      Model model) {
        if (user == null || !user.isContentStaff()) {
            throw new AccessDeniedException("Only editors and admins manage comments");
        }
        model.addAttribute("slug", slug).addAttribute("c", comments.comment(user, comments.article(slug), id));
        return THREAD + " :: staffTools";
    }

    /**
     * The count beside the article's title: the article page is shared by every reader and cached,
     * so the count is fetched with each page view, from the counter row (fresh as of the request).
     */
    @GetMapping("/count")
    String count(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal user,
                 HttpServletResponse response, Model model) {
        model.addAttribute("slug", slug).addAttribute("total", comments.count(user, comments.article(slug)));
        response.setHeader("Cache-Control", "private, no-cache");
        return THREAD + " :: titleCount";
    }

    @PostMapping
    String post(@PathVariable String slug, @RequestParam(required = false) String body,
                @RequestParam(required = false) String conflictOfInterest,
                @RequestParam(required = false) String key, @AuthenticationPrincipal AccountPrincipal user,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        ArticleSummary article = comments.article(slug);
        CommentView comment = comments.post(user, article, body, conflictOfInterest, key);
        if (!Htmx.isRequest(request)) {
            return anchor(slug, comment.id());
        }
        model.addAttribute("slug", slug).addAttribute("c", comment)
                .addAttribute("total", comments.count(user, article));
        Htmx.countChanged(response);
        return THREAD + " :: posted";
    }

    @PostMapping("/{id}/replies")
    String reply(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String body,
                 @RequestParam(required = false) String conflictOfInterest,
                 @RequestParam(required = false) String key, @AuthenticationPrincipal AccountPrincipal user,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        ArticleSummary article = comments.article(slug);
        CommentView reply = comments.reply(user, article, id, body, conflictOfInterest, key);
        if (!Htmx.isRequest(request)) {
            return anchor(slug, reply.id());
        }
        model.addAttribute("slug", slug).addAttribute("c", comments.afterReply(user, article, id))
                .addAttribute("total", comments.count(user, article));
        Htmx.countChanged(response);
        return THREAD + " :: replied";
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String body,
                @AuthenticationPrincipal AccountPrincipal user, HttpServletRequest request, Model model) {
        CommentView comment = comments.edit(user, comments.article(slug), id, body);
        if (!Htmx.isRequest(request)) {
            return anchor(slug, id);
        }
        model.addAttribute("slug", slug).addAttribute("c", comment);
        return THREAD + " :: item";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        ArticleSummary article = comments.article(slug);
        comments.delete(user, article, id);
        if (!Htmx.isRequest(request)) {
            return "redirect:/articles/" + slug + "#comments";
        }
        model.addAttribute("total", comments.count(user, article));
        Htmx.countChanged(response);
        return THREAD + " :: deleted";
    }

    @PostMapping("/{id}/like")
    String like(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
                HttpServletRequest request, Model model) {
        return likeButton(slug, comments.like(user, comments.article(slug), id), request, model);
    }

    @PostMapping("/{id}/unlike")
    String unlike(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
                  HttpServletRequest request, Model model) {
        return likeButton(slug, comments.unlike(user, comments.article(slug), id), request, model);
    }

    @PostMapping("/{id}/report")
    String report(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String note, @AuthenticationPrincipal AccountPrincipal user,
                  HttpServletRequest request) {
        comments.report(user, comments.article(slug), id, ReportReason.parse(reason), note);
        return Htmx.isRequest(request) ? THREAD + " :: reported" : anchor(slug, id);
    }

    @ExceptionHandler(InvalidCommentException.class)
    String invalid(InvalidCommentException e, Locale locale, HttpServletRequest request, HttpServletResponse response,
                   Model model) {
        return refused(problems.message(e, locale), 400, request, response, model);
    }

    @ExceptionHandler(PostingLimitException.class)
    String limited(PostingLimitException e, Locale locale, HttpServletRequest request, HttpServletResponse response,
                   Model model) {
        response.setHeader("Retry-After", Long.toString(e.retryAfter().toSeconds()));
        return refused(problems.message(e, locale), 429, request, response, model);
    }

    @ExceptionHandler(CommentActionException.class)
    String notAllowed(CommentActionException e, Locale locale, HttpServletRequest request,
                      HttpServletResponse response, Model model) {
        return refused(problems.message(e, locale), 409, request, response, model);
    }

    /** A reader whose gate closed (or who never passed it) is sent to the article, which leads to the gate. */
    @ExceptionHandler(GateClosedException.class)
    String gateClosed(HttpServletRequest request, HttpServletResponse response) {
        String article = "/articles/" + slug(request);
        if (Htmx.isRequest(request)) {
            Htmx.redirect(response, article);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return "redirect:" + article;
    }

    /**
     * A refusal keeps its real status (400, 409, 429): with htmx, the message alone, aimed at the
     * submitted form's error line ({@code HX-Retarget}), which {@code app.js} swaps in although
     * htmx swaps no 4xx by default; without htmx, a page with the message.
     */
    private static String refused(String message, int status, HttpServletRequest request, HttpServletResponse response,
                                  Model model) {
        model.addAttribute("message", message).addAttribute("slug", slug(request));
        response.setStatus(status);
        if (Htmx.isRequest(request)) {
            Htmx.intoFormError(request, response);
            return THREAD + " :: formError";
        }
        return PROBLEM;
    }

    private String likeButton(String slug, LikeState like, HttpServletRequest request, Model model) {
        if (!Htmx.isRequest(request)) {
            return anchor(slug, like.commentId());
        }
        model.addAttribute("slug", slug).addAttribute("likeId", like.commentId())
                .addAttribute("liked", like.liked()).addAttribute("likes", like.likeCount());
        return THREAD + " :: likeButton";
    }

    private static String anchor(String slug, long commentId) {
        return "redirect:/articles/" + slug + "#comment-" + commentId;
    }

    @SuppressWarnings("unchecked")
    private static String slug(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? String.valueOf(((Map<String, String>) map).get("slug")) : "";
    }
}
