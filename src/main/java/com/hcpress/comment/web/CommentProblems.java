package com.hcpress.comment.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import com.hcpress.comment.CommentActionException;
import com.hcpress.comment.InvalidCommentException;
import com.hcpress.comment.PostingLimitException;

/**
 * What readers are told when a comment action is refused: the same words on pages and, as RFC
 * 9457 problem details, in the API.
 */
@Component
class CommentProblems {

    private static final String TYPE = "https://hcpress.example/problems/comment-";

    private final MessageSource messages;

    CommentProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** Field name to message, in the reader's language. */
    Map<String, String> fieldErrors(InvalidCommentException e, Locale locale) {
        Map<String, String> errors = new TreeMap<>();
        e.fieldErrors().forEach((field, key) -> errors.put(field, messages.getMessage(key, null, locale)));
        return errors;
    }

    String message(InvalidCommentException e, Locale locale) {
        return String.join(" ", fieldErrors(e, locale).values());
    }

    String message(PostingLimitException e, Locale locale) {
        return messages.getMessage(e.messageKey(), new Object[] {e.allowed(), e.retryAfterMinutes()}, locale);
    }

    String message(CommentActionException e, Locale locale) {
        return messages.getMessage(e.messageKey(), null, locale);
    }

    ProblemDetail problem(InvalidCommentException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", "Invalid comment", message(e, locale));
        problem.setProperty("errors", fieldErrors(e, locale).entrySet().stream()
                .map(error -> Map.of("field", error.getKey(), "message", error.getValue())).toList());
        return problem;
    }

    ProblemDetail problem(PostingLimitException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "limit", "Posting limit reached",
                message(e, locale));
        problem.setProperty("limit", e.limit().name());
        problem.setProperty("retryAfterSeconds", e.retryAfter().toSeconds());
        return problem;
    }

    ProblemDetail problem(CommentActionException e, Locale locale) {
        HttpStatus status = e.reason() == CommentActionException.Reason.NOT_YOURS ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
        ProblemDetail problem = problem(status, "refused", "Action not allowed", message(e, locale));
        problem.setProperty("reason", e.reason().name());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create(TYPE + type));
        return problem;
    }
}
