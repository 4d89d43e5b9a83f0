package com.hcpress.comment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The few htmx conventions the comment pages rely on. */
final class Htmx {

    /** The event the count beside the title listens for ({@code content/article-body.html}). */
    static final String COUNT_CHANGED = "hcpress:comment-count";

    private Htmx() {
    }

    static boolean isRequest(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }

    /** Sends the answer into the form that was submitted (htmx names it in {@code HX-Trigger}). */
    static void intoFormError(HttpServletRequest request, HttpServletResponse response) {
        String form = request.getHeader("HX-Trigger");
        if (form != null && form.matches("[A-Za-z0-9_-]+")) {
            response.setHeader("HX-Retarget", "#" + form + " .form-error");
            response.setHeader("HX-Reswap", "innerHTML");
        }
    }

    /** Tells the page the article's comment count changed: the count beside the title loads again. */
    static void countChanged(HttpServletResponse response) {
        response.setHeader("HX-Trigger", COUNT_CHANGED);
    }

    static void redirect(HttpServletResponse response, String path) {
        response.setHeader("HX-Redirect", path);
    }
}
