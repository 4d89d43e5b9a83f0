package com.hcpress.verification.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import com.hcpress.shared.web.RequestCheck;

/**
 * A profile upload over the multipart limit fails the moment anything reads a request parameter,
 * which Spring Security's CSRF check does long before a controller could answer; the container
 * would then show its own bare error. So the upload is parsed here first, and one that is too
 * large is sent to a page that explains the limit. Uploads under the limit reach the form, which
 * explains the 5 MB rule beside the field.
 */
@Component
class UploadLimit implements RequestCheck {

    static final String PAGE = "/verification/upload-too-large";

    @Override
    public boolean answered(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isProfileUpload(request)) {
            try {
                request.getParts();
            } catch (IllegalStateException tooLarge) {
                // The Servlet API's way of saying a part or the whole request is over the limit.
                response.sendRedirect(request.getContextPath() + NextStep.link(PAGE, nextOf(request)));
                return true;
            } catch (IOException | ServletException malformed) {
                // Not ours to judge: the rest of the chain answers as it would have.
            }
        }
        return false;
    }

    /** Read from the query string only: the body is exactly what cannot be read. */
    private static String nextOf(HttpServletRequest request) {
        String query = request.getQueryString();
        String next = query == null ? null
                : UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst("next");
        return next == null ? null : UriUtils.decode(next, StandardCharsets.UTF_8);
    }

    private static boolean isProfileUpload(HttpServletRequest request) {
        String contentType = request.getContentType();
        return "POST".equals(request.getMethod()) && request.getRequestURI().equals(request.getContextPath() + ProfileController.PATH)
                && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }
}
