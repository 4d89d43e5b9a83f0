package com.hcpress.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Refuses an API request whose declared body is larger than any API request needs, before anything
 * reads it: a 413 problem detail instead of parsing megabytes of JSON. A body sent without a
 * declared length is bounded by the JSON size Jackson accepts and the fields' own limits.
 */
@Component
class ApiBodyLimit implements RequestCheck {

    private final long maxBytes;

    ApiBodyLimit(@Value("${hcpress.api.max-body-size:64KB}") DataSize maxBody) {
        this.maxBytes = maxBody.toBytes();
    }

    @Override
    public boolean answered(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (api && request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("Connection", "close");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Request body too large\",\"status\":413,"
                    + "\"detail\":\"The request body may be at most " + maxBytes + " bytes.\"}");
            return true;
        }
        return false;
    }
}
