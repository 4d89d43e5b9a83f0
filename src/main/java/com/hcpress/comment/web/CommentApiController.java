package com.hcpress.comment.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.CommentActionException;
import com.hcpress.comment.CommentOrder;
import com.hcpress.comment.CommentView;
import com.hcpress.comment.Comments;
import com.hcpress.comment.InvalidCommentException;
import com.hcpress.comment.LikeState;
import com.hcpress.comment.PostingLimitException;
import com.hcpress.comment.ReportReason;
import com.hcpress.content.ArticleSummary;

/**
 * Comments for API clients, under the same gate and rules as the pages. A closed gate answers
 * 401 / 403 (see {@code GateProblems}); refusals answer problem details.
 */
@RestController
@RequestMapping("/api/v1/articles/{slug}/comments")
class CommentApiController {

    private final Comments comments;
    private final CommentProblems problems;

    CommentApiController(Comments comments, CommentProblems problems) {
        this.comments = comments;
        this.problems = problems;
    }

    @GetMapping
    CommentJson.Page list(@PathVariable String slug, @RequestParam(required = false) String sort,
                          @RequestParam(required = false) String cursor, @AuthenticationPrincipal AccountPrincipal user) {
        return CommentJson.Page.of(comments.page(user, comments.article(slug), CommentOrder.parse(sort), cursor));
    }

    @GetMapping("/{id}")
    CommentJson comment(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
        return CommentJson.of(comments.comment(user, comments.article(slug), id));
    }

    @GetMapping("/{id}/replies")
    CommentJson.Replies replies(@PathVariable String slug, @PathVariable long id,
                                @RequestParam(required = false) String cursor,
                                @AuthenticationPrincipal AccountPrincipal user) {
        return CommentJson.Replies.of(comments.replies(user, comments.article(slug), id, cursor));
    }

    @PostMapping
    ResponseEntity<CommentJson> post(@PathVariable String slug, @RequestBody CommentJson.Body request,
                                     @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                     @AuthenticationPrincipal AccountPrincipal user) {
        return created(slug, comments.post(user, comments.article(slug), request.body(), request.conflictOfInterest(),
                key));
    }

    @PostMapping("/{id}/replies")
    ResponseEntity<CommentJson> reply(@PathVariable String slug, @PathVariable long id,
                                      @RequestBody CommentJson.Body request,
                                      @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                      @AuthenticationPrincipal AccountPrincipal user) {
        return created(slug, comments.reply(user, comments.article(slug), id, request.body(),
                request.conflictOfInterest(), key));
    }

    @PatchMapping("/{id}")
    CommentJson edit(@PathVariable String slug, @PathVariable long id, @RequestBody CommentJson.Body request,
                     @AuthenticationPrincipal AccountPrincipal user) {
        return CommentJson.of(comments.edit(user, comments.article(slug), id, request.body()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable long id,
                                @AuthenticationPrincipal AccountPrincipal user) {
        comments.delete(user, comments.article(slug), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/like")
    LikeState like(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
        return comments.like(user, comments.article(slug), id);
    }

    @DeleteMapping("/{id}/like")
    LikeState unlike(@PathVariable String slug, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
        return comments.unlike(user, comments.article(slug), id);
    }

    @PostMapping("/{id}/report")
    ResponseEntity<Void> report(@PathVariable String slug, @PathVariable long id,
                                @RequestBody CommentJson.Report request, @AuthenticationPrincipal AccountPrincipal user) {
        ArticleSummary article = comments.article(slug);
        comments.report(user, article, id, ReportReason.parse(request.reason()), request.note());
        return ResponseEntity.accepted().build();
    }

    @ExceptionHandler(InvalidCommentException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidCommentException e, Locale locale) {
        return ResponseEntity.badRequest().body(problems.problem(e, locale));
    }

    @ExceptionHandler(PostingLimitException.class)
    ResponseEntity<ProblemDetail> limited(PostingLimitException e, Locale locale) {
        ProblemDetail problem = problems.problem(e, locale);
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds())).body(problem);
    }

    @ExceptionHandler(CommentActionException.class)
    ResponseEntity<ProblemDetail> notAllowed(CommentActionException e, Locale locale) {
        ProblemDetail problem = problems.problem(e, locale);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ResponseEntity<CommentJson> created(String slug, CommentView comment) {
        return ResponseEntity.created(URI.create("/api/v1/articles/" + slug + "/comments/" + comment.id()))
                .body(CommentJson.of(comment));
    }
}
