package com.hcpress.shared.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container forwards here (a status sent with {@code sendError}, an exception no
 * handler took): the API gets an RFC 9457 problem detail, everything else the site's own error page
 * in the reader's language, whatever the client's {@code Accept} says. Nothing here reads a request
 * parameter, since a request whose parameters cannot be decoded is one of the errors it renders.
 */
@Controller
class SiteErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatus(status);
            problem.setTitle(status.getReasonPhrase());
            if (status.is5xxServerError()) {
                problem.setDetail("Something went wrong on our side. Please try again later.");
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return new ModelAndView(viewFor(status), Map.of("status", status.value()), status);
    }

    private static String viewFor(HttpStatus status) {
        int code = status.value();
        return code == 400 || code == 404 || code == 500 ? "error/" + code : "error";
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String value ? value : request.getRequestURI();
        return path.startsWith(request.getContextPath() + "/api/");
    }
}
